# Attribute lookups are cached per class and per instruction; every way of
# changing what a name means must be seen by the very next access.


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


def read_x(p):
    return p.x


def call_norm(p):
    return p.norm()


p = Point(-3)
for _ in range(3):
    print(read_x(p), call_norm(p))

# an instance attribute shadows the method from now on
p.norm = lambda: "shadowed"
print(call_norm(p))
del p.norm
print(call_norm(p))

# the class method is replaced
Point.norm = lambda self: self.x * 10
print(call_norm(p))

# a property on the class takes over the instance attribute
Point.x = property(lambda self: "from property")
print(read_x(p))
del Point.x
print(read_x(p))


# a data descriptor added to a base class after the cache was filled
class Base:
    pass


class Child(Base):
    def __init__(self):
        self.value = 1


def read_value(o):
    return o.value


c = Child()
print(read_value(c), read_value(c))
Base.value = property(lambda self: "base property")
print(read_value(c))


# __setattr__ added to the class after plain stores were cached
class Store:
    pass


def store(o, v):
    o.field = v


s = Store()
store(s, 1)
store(s, 2)
print(s.field)


def loud(self, name, value):
    print("setting", name, "to", value)
    object.__setattr__(self, name, value)


Store.__setattr__ = loud
store(s, 3)
print(s.field)


# many classes created and dropped: a new class at a reused address is
# a different class
def make(i):
    class K:
        def who(self):
            return i

    return K()


print([make(i).who() for i in range(5)])


# __getattr__ still runs when the instance dict misses
class Lazy:
    def __getattr__(self, name):
        return f"computed {name}"


def read_thing(o):
    return o.thing


lz = Lazy()
print(read_thing(lz))
lz.thing = "stored"
print(read_thing(lz))
del lz.thing
print(read_thing(lz))

# the class namespace changed through __dict__-free paths: setattr / delattr
setattr(Point, "norm", lambda self: "via setattr")
print(call_norm(p))
delattr(Point, "norm")
try:
    call_norm(p)
except AttributeError as e:
    print("AttributeError:", e)
