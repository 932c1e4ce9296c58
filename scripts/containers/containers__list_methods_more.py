# Checks list and tuple methods: index with bounds, insert/pop at edges, remove, count, sort options and errors.
nums = [4, 8, 15, 16, 23, 42, 8]
print(nums.index(8), nums.index(8, 2), nums.index(8, -2), nums.index(15, 0, 3))
print(nums.count(8), nums.count(99), [1, 1.0, True].count(1))
for args in [(99,), (4, 1), (42, 0, -1)]:
    try:
        nums.index(*args)
    except ValueError as err:
        print("ValueError:", err)

items = ["b", "c"]
items.insert(0, "a")
items.insert(100, "z")
items.insert(-1, "y")
items.insert(-100, "start")
print(items.copy(), items.pop(), items.pop(0), items.pop(-2), items)
for bad in [[], [1]]:
    try:
        bad.pop(5) if bad else bad.pop()
    except IndexError as err:
        print("IndexError:", err)

pets = ["cat", "dog", "cat", "eel"]
pets.remove("cat")
try:
    pets.remove("cow")
except ValueError as err:
    print(pets, "ValueError:", err)

data = [5, -3, 2, -8, 1]
data.sort(key=abs)
first = data.copy()
print(first, data.sort(key=abs, reverse=True), data)
for call in [lambda: data.sort(abs), lambda: data.sort(order=1), lambda: [3, "x"].sort()]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)

grow = [3, 1, 2]
try:
    grow.sort(key=lambda v: grow.append(v) or v)
except ValueError as err:
    print("ValueError:", err, grow)

acc = [1]
acc.extend(acc)
for source in [range(2), "hi", {"k": 0}]:
    acc.extend(source)
backup = acc.copy()
acc.reverse()
print(acc, backup, acc.clear(), acc, backup == list(reversed(backup[::-1])))
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 3), t.index(3, -2))
try:
    t.index(9)
except ValueError as err:
    print("ValueError:", err)
