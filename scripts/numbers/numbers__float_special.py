# Checks float special values inf, -inf, nan and their arithmetic and conversions.
inf = float("inf")
neg_inf = float("-inf")
nan = float("nan")
print(inf, neg_inf, nan)
print(repr(inf), str(neg_inf), repr(nan))
print(float("Infinity"), float("-INF"), float("NaN"))
print(inf + 1, inf * 2, inf * -1, -inf - inf)
print(inf * 0, inf / inf, nan + 1)
print(1 / inf, -1 / inf)
print(inf > 1e308, neg_inf < -1e308, inf == inf)
print(nan == nan, nan is nan)
print(max(1, inf), min(1, neg_inf))

def is_nan(x):
    return x != x

print(is_nan(nan), is_nan(1.0), is_nan(inf - inf))

values = [3.0, nan, 1.0]
print([v for v in values if not is_nan(v)])

for bad in [inf, nan]:
    try:
        int(bad)
    except (OverflowError, ValueError) as err:
        print(type(err).__name__, err)

print(-0.0, 0.0 * -1, -0.0 + 0.0, abs(-0.0))
print(1e300 * 1e10, -1e300 * 1e10)
print(2.0 ** 1023 * 2 == inf)
