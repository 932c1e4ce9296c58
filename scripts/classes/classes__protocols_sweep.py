# Operator overloading, __slots__, object.__setattr__ from a __setattr__ override, properties with setters, __init_subclass__, exception chaining, argument kinds, closures and loop else.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __iadd__(self, o): self.x += o.x; self.y += o.y; return self
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, k): return self * k
print(Vec(1, 2) + Vec(3, 4), 2 * Vec(1, 1), -Vec(1, 2), abs(Vec(3, 4)), bool(Vec(0, 0)), sum([Vec(1, 1), Vec(2, 2)]), list(Vec(5, 6)), Vec(1, 2)[1], len(Vec(0, 0)), 2 in Vec(1, 2), Vec(1, 2)(3))
v = Vec(1, 1); v += Vec(1, 1); print(v, [*v], dict(a=v.x))
try:
    v.z = 1
except AttributeError as e:
    print("slots:", e)
class Dyn:
    def __getattr__(self, n): return f"dyn:{n}"
    def __setattr__(self, n, val): object.__setattr__(self, n, val * 2)
d = Dyn(); d.a = 5; print(d.a, d.zzz)
class Base:
    count = 0
    def __init__(self): Base.count += 1
    @property
    def name(self): return type(self).__name__.lower()
    @name.setter
    def name(self, v): print("set", v)
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
    def __init_subclass__(cls, **kw): print("subclass", cls.__name__)
class Child(Base):
    def __init__(self):
        super().__init__()
        self.extra = True
c = Child.make(); c.name = "q"; print(c.name, Base.count, Child.helper(4), isinstance(c, Base), issubclass(Child, Base), Child.__mro__)
class MyErr(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try:
    try:
        raise MyErr(7)
    except MyErr as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__cause__.code)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 9}))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = counter(); i(); print(i(), [lambda: k for k in range(3)][0](), [lambda k=k: k for k in range(3)][0]())
first, *rest = "hello"; print(first, rest, (y := 10) + 1, y, [z for z in range(5) if z % 2], {k: v for k, v in zip("ab", "xy")}, 1 < 2 < 3, 3 > 2 < 1)
try:
    pass
except Exception:
    pass
else:
    print("else ran")
finally:
    print("finally ran")
for q in range(3):
    if q == 5: break
else:
    print("loop else")
x = list(range(10)); del x[2:8:2]; print(x, "ab" * 3, "k" in {"k": 1}, [0] * 3, (1,) * 2)
