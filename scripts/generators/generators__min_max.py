# min() and max() over generators: first of equals wins, NaN and -0.0 as
# CPython, and a comparison that needs __lt__/__gt__ runs with the generator suspended.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("  lt", self.v, o.v if isinstance(o, V) else o)
        return self.v < (o.v if isinstance(o, V) else o)
    def __gt__(self, o):
        print("  gt", self.v, o.v if isinstance(o, V) else o)
        return self.v > (o.v if isinstance(o, V) else o)
    def __repr__(self): return f"V({self.v})"
def gen(items):
    for x in items:
        print("  yield", x)
        yield x
print(max(gen([3, 9, 2, 9])), min(gen([3, 1, 2, 1])), max(gen(["b", "a", "c"])), min(gen([2.5, -1.0, 7.0])))
print(max(gen([1, V(5), 3])), min(gen([V(2), V(1), V(3)])))
print(max(gen([1, 2.5, 2])), min(gen([True, 0, -1])), max(x * x for x in range(-5, 3)), min(gen([]), default="none"))
nan = float("nan")
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([2.0, nan]), max([0.0, -0.0]), min([-0.0, 0.0]))
try:
    max(gen([]))
except ValueError as e:
    print(e)
try:
    min(gen([1, "a"]))
except TypeError as e:
    print(e)
print(max("hello"), min((3, 1), (2, 9)), max([[1, 2], [1, 3]]), max(range(5)), min({5: 1, 2: 0}))
