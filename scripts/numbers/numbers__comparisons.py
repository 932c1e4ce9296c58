# Checks numeric comparisons, chains, bool as int, and int/float equality.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53)
print(0.5 < 1 < 1.5)
print(True == 1, False == 0, True + True, True * 10)
print(-0 == 0, -0.0 == 0)
print(max(3, 7, 5), min(3, 7, 5), max(-1, -2), min(1.5, 1))

inf = float("inf")
nan = float("nan")
print(inf > 10 ** 100, -inf < -10 ** 100)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf - 1 == inf)

values = [5, 3.5, -2, 10, 0, 3]
print(sorted(values))
print(sorted(values, reverse=True))

def sign(n):
    return (n > 0) - (n < 0)

print([sign(v) for v in [-4, 0, 9, -0.5]])

def compare(a, b):
    if a < b:
        return "less"
    if a > b:
        return "greater"
    return "equal"

print(compare(1, 2), compare(2.0, 2), compare(10, -10))
print(10 ** 20 > 10 ** 19, 10 ** 20 == 100000000000000000000)
print(1 < 2 == 2, (1 < 2) == 2)
