# Checks __new__ with super().__new__, object.__new__, __class_getitem__, and bound methods as set members.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
class M:
    def m(self): pass
x = M()
print(x.m in {x.m}, len({x.m, x.m}))
print(type(object.__new__(M)).__name__)
