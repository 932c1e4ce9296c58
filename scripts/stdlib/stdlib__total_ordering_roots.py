# functools.total_ordering from each of the four roots: all twelve derived comparisons and their names.
from functools import total_ordering
for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda self, o: self.v == o.v, "__hash__": None}
    op = {"__lt__": lambda a, b: a.v < b.v, "__le__": lambda a, b: a.v <= b.v, "__gt__": lambda a, b: a.v > b.v, "__ge__": lambda a, b: a.v >= b.v}[root]
    ns[root] = op
    C = total_ordering(type("C", (), ns))
    a, b, c = C(1), C(2), C(1)
    print(root, [a < b, a <= b, a > b, a >= b, a <= c, a >= c, a < c, a > c], C.__gt__.__name__ if root != "__gt__" else C.__lt__.__name__)
