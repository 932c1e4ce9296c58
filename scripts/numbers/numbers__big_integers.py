# Checks arbitrary-precision integers: large powers, factorials and big arithmetic.
print(2 ** 64)
print(2 ** 100)
print(-(2 ** 70))
print(10 ** 30 + 1)

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(25))
print(factorial(30) // factorial(28))

big = 123456789012345678901234567890
print(big * big)
print(big // 987654321)
print(big % 987654321)
print(-big // 7, -big % 7)
print(big - big == 0)
print(2 ** 200 > 10 ** 60, 2 ** 200 < 10 ** 61)
print(len(str(2 ** 1000)))

fib_a, fib_b = 0, 1
for _ in range(150):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib(150) =", fib_a)

print(int("99999999999999999999999") + 1)
print(pow(3, 100))
print(pow(3, 100, 1000007))
print(abs(-(10 ** 25)))
print((1 << 80) >> 75)
print((2 ** 65) & (2 ** 65 - 1), (2 ** 65) | 1)
