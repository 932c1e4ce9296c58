# Checks star unpacking in calls and literals: [*a, *b], {**d1, **d2}, f(*args).
first = [1, 2]
second = (3, 4)
combined = [*first, *second, 5]
print(combined)
print((*first, *"ab"))
print({*first, *second})

defaults = {"color": "red", "size": "M"}
overrides = {"size": "L", "qty": 2}
merged = {**defaults, **overrides}
print(merged)
print({**overrides, **defaults})
print(defaults | overrides)

def describe(a, b, c):
    return f"a={a} b={b} c={c}"

args = [10, 20, 30]
print(describe(*args))
print(describe(*first, 99))
print(describe(**{"c": 3, "a": 1, "b": 2}))
print(describe(1, **{"c": 3, "b": 2}))

print(*combined)
print(*"한글", sep="|")

head, *tail = combined
print(head, tail)
*_, last_two_a, last_two_b = combined
print(last_two_a, last_two_b)

rows = [(1, "one"), (2, "two")]
numbers, names = zip(*rows)
print(numbers, names)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(max(*[4, 8, 2]), min(*"zebra"))
