# Displays of constants that CPython folds: a tuple of constants, and a list
# or set display used with 'in' or as a for loop's iterable (a tuple or
# frozenset constant): same values, same iteration order.
for x in {30, 10, 20, "b", "a"}:
    print(x, end=" ")
print()
print([x * 2 for x in [3, 1, 2]], {x for x in (5, 6)}, [y for x in [1] for y in {9, 8, 7}])
g = (x for x in [1, 2])
print(type(g.gi_frame.f_locals[".0"]).__name__)
t = (1, -2, (3.5, "s"), None, ..., -0.0, b"b")
print(t, t[2][1], -(5), (1,) + (2,))
print(3 in [1, 2, 3], "z" not in {"a", "b"}, (1, 2) in [(1, 2)], -1 in {-1, 2}, 2.0 in {2}, True in {1}, [] in [[]])
def f(c):
    return c in {"a", "e"}, c in [1, [2]], c in {(1, 2), 3}
print(f("a"), f(3), f((1, 2)))
try:
    print(1 in {[1]})
except TypeError as e:
    print(e)
x = [1, 2]
for v in [x, 3]:
    print(v, end=" ")
print()
