# dict.keys() and dict.items() are set-like: &, |, -, ^ with any iterable on
# either side, comparisons with sets, isdisjoint, reversed(); values() is not.
d = {1: "a", 2: "b", 3: "c"}
e = {2: "b", 4: "d"}
print(d.keys() & {2, 3, 9}, {2, 9} & d.keys(), d.keys() & [1.0, 7])
print(d.keys() | {9}, [9] | d.keys() if False else None, d.keys() - {1}, d.keys() ^ {1, 5})
print(d.keys() & e.keys(), d.items() & e.items(), d.items() - e.items(), d.items() | {(7, "x")})
print(d.keys() == {1, 2, 3}, d.keys() != {1}, d.keys() <= {1, 2, 3, 4}, d.keys() < {1, 2, 3}, d.keys() >= {1}, d.items() == {(1, "a"), (2, "b"), (3, "c")})
print(d.keys() == e.keys(), d.keys().isdisjoint([5, 6]), d.items().isdisjoint({(1, "z")}), {1, 2} - d.keys(), {1, 5} ^ d.keys(), {0} | d.keys())
print(type(d.keys() & {1}).__name__, sorted(d.keys() | e.keys()), d.values() == d.values())
try:
    d.values() & {1}
except TypeError as err:
    print(err)
try:
    d.keys() & 5
except TypeError as err:
    print(err)
