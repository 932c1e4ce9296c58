# Checks operator precedence, boolean short-circuit and identity/membership operators.
print(2 + 3 * 4)
print((2 + 3) * 4)
print(2 ** 3 ** 2)
print(-2 ** 2)
print((-2) ** 2)
print(10 - 4 - 3)
print(100 // 7 % 3)
print(1 + 2 << 3)
print(6 & 3 | 8)
print(5 ^ 1 & 3)
print(~5, ~-1)
print(not True == False)
print(not 1 + 1 == 2)

def noisy(label, value):
    print("evaluated", label)
    return value

print(noisy("a", 0) and noisy("b", 1))
print(noisy("c", 1) or noisy("d", 0))
print(noisy("e", 2) and noisy("f", 3))
print(noisy("g", "") or noisy("h", "fallback"))

print(None or 0 or [] or "last")
print(1 and 2 and 3)

items = [1, 2, 3]
print(2 in items, 5 not in items)
print("ell" in "hello")
other = items
print(items is other, items is not items[:], items == [1, 2, 3])
print(None is None)
print(3 if 0 else 4 if 0 else 5)
