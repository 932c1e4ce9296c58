# Checks basic integer arithmetic: + - * / // % ** and unary operators.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(a ** b)
print(-a, +a, -(-a))
print(10 / 2, type(10 / 2).__name__)
print(2 ** 0, 0 ** 0, 1 ** 100)
print(2 ** -1, 10 ** -2)
print(7 * 0, 0 - 7)
print(abs(-12), abs(12))

values = [3, -3]
divisors = [2, -2]
for x in values:
    for y in divisors:
        print(x, "//", y, "=", x // y, " ", x, "%", y, "=", x % y)

print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(1 + 2 * 3 - 4 // 2)
print(int(7 / 2), int(-7 / 2))

total = 0
for n in range(1, 101):
    total += n
print("gauss:", total, total == 100 * 101 // 2)
