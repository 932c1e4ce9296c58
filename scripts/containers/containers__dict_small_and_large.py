# Dicts that stay small (scanned) and dicts that grow past eight entries
# (hashed): lookups, misses, deletions, re-insertion and order on both sides
# of the boundary, colliding hashes, and instance dicts of varying sizes.

d = {}
for i in range(12):
    d[f"k{i}"] = i
    # every key seen so far is still found, and a missing one is not
    assert all(d[f"k{j}"] == j for j in range(i + 1))
    assert f"k{i + 1}" not in d
print(len(d), list(d)[:3], list(d)[-3:])

for i in range(0, 12, 2):
    del d[f"k{i}"]
print(len(d), list(d))
print("k4" in d, "k5" in d, d.get("k6", "gone"))
d["k4"] = "back"
print(list(d.items())[-2:])
print(d.popitem(), d.popitem(), len(d))

# many deletions, then re-use: order is insertion order of what is left
e = {n: n * n for n in range(40)}
for n in range(35):
    del e[n]
print(e)
for n in range(3):
    e[n] = -n
print(e, len(e))

# small dicts with int, tuple, float and bool keys; -1 and -2 share a hash
s = {-1: "minus one", -2: "minus two", (1, 2): "pair", 1.5: "float", True: "yes"}
print(hash(-1) == hash(-2), s[-1], s[-2], s[(1, 2)], s[1.5], s[1], s[True])
del s[-1]
print(-1 in s, -2 in s, s)


class Same:
    """Instances that all hash alike and compare by name."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Same) and self.name == other.name

    def __repr__(self):
        return f"Same({self.name!r})"


c = {}
for name in "abcdefghijk":
    c[Same(name)] = name.upper()
print(len(c), c[Same("a")], c[Same("k")], Same("z") in c)
for name in "aceg":
    del c[Same(name)]
print(list(c.values()))


class Bag:
    pass


bags = []
for size in (0, 3, 9, 2, 15):
    b = Bag()
    for j in range(size):
        setattr(b, f"a{j}", j)
    bags.append(b)
print([len(vars(b)) for b in bags])
big = bags[-1]
del big.a0, big.a7
big.a0 = "again"
print(list(vars(big))[:3], list(vars(big))[-2:], big.a14, hasattr(big, "a7"))
small = bags[1]
print(vars(small), getattr(small, "a9", "absent"))
