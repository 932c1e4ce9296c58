# any() and all() over generators: they stop at the first deciding item, and
# an item's __bool__ runs with the generator suspended.
class Flag:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Flag({self.v})"
    def __bool__(self):
        print("  bool", self.v, inspect.getgeneratorstate(g))
        return self.v
import inspect
def gen(items):
    for x in items:
        print("  yield", x)
        yield x
g = gen([0, 0.0, "", None, 3, 5]); print(any(g), list(g))
g = gen([1, "a", 2.5, 0, 7]); print(all(g), list(g))
g = gen([0, Flag(False), Flag(True), 9]); print(any(g), list(g))
g = gen([1, Flag(True), Flag(False), 9]); print(all(g), list(g))
g = gen([]); print(any(g), all(g))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)), any([]), all([]), any([0, [], [1]]), all([[1], (2,), {3}]))
def boom():
    yield 0
    raise KeyError("k")
try:
    any(boom())
except KeyError as e:
    print("KeyError", e)
print(all(x for x in [True, 10**30, -1]), any(x for x in [0, 0, 10**30]))
