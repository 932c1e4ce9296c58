# Checks the shortest round-trip repr of floats in print/str/repr, including special values.
values = [
    0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 100.0, 1.5, 2.25,
    1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.000123, 1.23e-10,
    123456789.123, 1e100, 1.7976931348623157e308, 5e-324,
    float("inf"), float("-inf"), float("nan"), -0.0, 0.0,
]
for value in values:
    print(value, repr(value), str(value))

print([0.1, 1e20, -0.0], (1 / 3,), {"half": 0.5})
print(3 * 1.1, 1.1 + 2.2, 0.3 - 0.1, 10 / 3)
print(2 ** 0.5, 10 ** 0.5, 1e22, 1e21, 123e18)
print(1 / 7, 22 / 7, 355 / 113)
print(float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
print(0.1 * 0.1, 4.35 * 100, 1.1 * 1.1)
print(round(2.5), round(0.1 + 0.2, 10), 1e-7, 0.00001)
print(-1e-300 * 1e-300, 1e300 * 1e300)
print(float("1.10"), float("-000.50"), float("1e0"), float(".5"))
print(str(1.0e6), str(1.0e-6), 12345678912345678.0)
print(5 / 2, 4 / 2, -7 / 2, 1e3 / 8)
