# Instances of one class that set their attributes in different orders,
# delete them, add them late, and share or replace their __dict__: every
# view of the attributes (access, vars, __dict__, dir, repr of the dict)
# must agree, whatever the interpreter keeps behind them.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


a = Point(1, 2)
b = Point(3, -4)
print(vars(a), vars(b), a.norm1(), b.norm1())

# the same names in another order
c = Point.__new__(Point)
c.y = 10
c.x = 20
print(vars(c), c.norm1())

# one more attribute on a single instance, then on another
a.label = "가"
print(vars(a), vars(b))
b.z = 0.5
b.label = "나"
print(vars(b), list(b.__dict__))

# deleting and setting again moves the name to the end
del a.x
print(vars(a))
a.x = 100
print(vars(a), a.norm1())
try:
    print(a.nothing)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.nothing
except AttributeError as e:
    print("AttributeError:", e)

# the dict and the attributes are one
d = b.__dict__
d["w"] = "via dict"
print(b.w)
b.v = "via attribute"
print(d["v"], len(d))
del d["x"]
print(hasattr(b, "x"), vars(b))
d.clear()
print(vars(b), hasattr(b, "y"))
b.y = 7
print(d)

# an attribute shadowing a method, then uncovered again
p = Point(1, 1)
print(p.norm1())
p.norm1 = lambda: "shadowed"
print(p.norm1())
del p.norm1
print(p.norm1())

# names made at run time compare equal to the literal ones
q = Point(0, 0)
setattr(q, "x" + "", 5)
setattr(q, "".join(["y"]), 6)
print(q.x, q.y, getattr(q, "x"), vars(q))

# many attributes, in a loop, on many instances
class Bag:
    pass


bags = []
for n in range(5):
    bag = Bag()
    for k in range(40):
        setattr(bag, f"k{k}", k * n)
    bags.append(bag)
print([sum(vars(bag).values()) for bag in bags])
print([n for n in dir(bags[0]) if not n.startswith("__")][:3], len(vars(bags[4])), bags[4].k39)

# instances that follow the common order and ones that do not, mixed
class Node:
    def __init__(self, value, first):
        if first:
            self.value = value
            self.next = None
        else:
            self.next = None
            self.value = value


nodes = [Node(i, i % 3 != 0) for i in range(9)]
for i in range(8):
    nodes[i].next = nodes[i + 1]
total = 0
node = nodes[0]
while node is not None:
    total += node.value
    node = node.next
print(total, [list(vars(n)) for n in nodes[:4]])

# a class attribute read through instances until an instance sets its own
class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count


counters = [Counter() for _ in range(3)]
for i, ctr in enumerate(counters):
    for _ in range(i + 1):
        ctr.bump()
print([ctr.count for ctr in counters], Counter.count, [vars(ctr) for ctr in counters])
del counters[2].count
print(counters[2].count, vars(counters[2]))

# subclasses add their own names after the base's
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


r = Point3(1, 2, 3)
print(vars(r), r.norm1(), isinstance(r, Point))
r.__dict__.update(x=-9, extra=True)
print(vars(r), r.norm1())

# the same fifteen names set forwards, backwards and interleaved
class Wide:
    pass


names = [f"a{i}" for i in range(15)]
forwards, backwards, mixed = Wide(), Wide(), Wide()
for i, name in enumerate(names):
    setattr(forwards, name, i)
for i, name in reversed(list(enumerate(names))):
    setattr(backwards, name, -i)
for i, name in enumerate(names[1::2] + names[::2]):
    setattr(mixed, name, i)
    if i == 5:
        print(list(vars(mixed)))
for obj in (forwards, backwards, mixed):
    print(list(vars(obj))[:6], sum(getattr(obj, n) for n in names))
late = Wide()
late.a3 = "third"
late.a0 = "first"
late.z = "new name"
print(vars(late), late.a3, late.a0)
