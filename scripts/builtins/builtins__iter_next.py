# Checks iter() and next() on lists, strings, dicts and ranges, including defaults.
letters = iter("abc")
print(next(letters), next(letters), next(letters), next(letters, "END"))

numbers = iter([10, 20, 30])
print(next(numbers))
print(list(numbers))
print(list(numbers))

table = {"one": 1, "two": 2}
keys = iter(table)
print(next(keys), next(keys))
items = iter(table.items())
print(next(items))

counter = iter(range(3))
total = 0
while True:
    value = next(counter, None)
    if value is None:
        break
    total += value
print("total", total)

try:
    next(iter([]))
except StopIteration:
    print("empty iterator raised StopIteration")

it = iter([1, 2, 3, 4, 5, 6])
pairs = list(zip(it, it))
print(pairs)

it = iter([5, 6, 7])
print(iter(it) is it)
first = next(it)
rest = [x * 10 for x in it]
print(first, rest)

words = iter(["header", "row1", "row2"])
header = next(words)
print("header:", header, "rows:", list(words))

try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)

try:
    iter(42)
except TypeError as err:
    print("TypeError:", err)
