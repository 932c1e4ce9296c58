# Checks floor division and modulo semantics with negative operands.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, check {q * b + r == a}")

print(7 / 3)
print(-7 / 3)
print(7.0 // 3, -7.0 // 3, 7.0 % -3)
print(5.5 % 2, -5.5 % 2)

def digit_sum(n):
    n = abs(n)
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total

print(digit_sum(987654321), digit_sum(-1203))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(48, 18), gcd(17, 5), gcd(100, 75))

def lcm(a, b):
    return a * b // gcd(a, b)

print(lcm(4, 6), lcm(21, 6))

minutes = 1000
hours, rest = divmod(minutes, 60)
print(f"{minutes} minutes is {hours}h {rest}m")

for i in range(-3, 4):
    print(i, i % 3, i // 3)

print(2 ** 100 % 97, -(2 ** 100) // 3 % 5)
