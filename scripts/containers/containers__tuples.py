# Checks tuples: creation, packing/unpacking, immutability, methods and comparison.
point = (3, 4)
x, y = point
print(point, x, y, len(point))
single = (42,)
not_tuple = (42)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__)
print(() == tuple(), tuple([1, 2]), tuple("ab"))

packed = 1, "two", 3.0
print(packed)
print(packed.count(1), packed.index("two"))

try:
    point[0] = 10
except TypeError as err:
    print("TypeError:", err)

print((1, 2) + (3,), (0,) * 3)
print((1, 2, 3) < (1, 2, 4), (2,) > (1, 99), (1, 2) == (1, 2))
print(max([(1, "b"), (1, "c"), (0, "z")]))

def min_max(values):
    return min(values), max(values)

low, high = min_max([7, 2, 9, 4])
print("low", low, "high", high)

locations = {(0, 0): "origin", (1, 2): "point A"}
print(locations[(1, 2)], locations[0, 0])

holder = ([1, 2], "fixed")
holder[0].append(3)
print(holder)

a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
print(hash((1, 2)) == hash((1, 2)))
for index, value in enumerate(("가", "나", "다")):
    print(index, value)
