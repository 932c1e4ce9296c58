# Making instances: __init__ with positional arguments, defaults, keywords,
# *args, a subclass calling super().__init__, a class with its own __new__,
# __init__ returning something else than None, raising, and recursing.
class 점:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"점({self.x}, {self.y})"


class 색점(점):
    def __init__(self, x, y, color="검정"):
        super().__init__(x, y)
        self.color = color


class Counted:
    made = 0

    def __new__(cls, *args):
        cls.made += 1
        return super().__new__(cls)

    def __init__(self, label):
        self.label = label


class Varargs:
    def __init__(self, *parts, sep="-"):
        self.text = sep.join(parts)


class ReturnsSomething:
    def __init__(self, value):
        return value


class Fails:
    def __init__(self, n):
        if n > 1:
            raise ValueError(f"n too big: {n}")
        self.n = n


class Nested:
    def __init__(self, depth):
        self.child = Nested(depth - 1) if depth else None
        self.depth = depth


def chain_depth(node):
    d = 0
    while node.child is not None:
        node = node.child
        d += 1
    return d


points = [점(i, i * i) for i in range(4)]
print(points)
c = 색점(1, 2)
print(c, c.color, 색점(3, 4, color="빨강").color, 색점(5, 6, "파랑").color)
print([Counted(i).label for i in range(3)], Counted.made)
print(Varargs("a", "b", "c").text, Varargs("x", "y", sep="+").text)
print(ReturnsSomething(None).__class__.__name__)
try:
    ReturnsSomething(0)
except TypeError as e:
    print("TypeError:", e)
try:
    ReturnsSomething("문자열")
except TypeError as e:
    print("TypeError:", e)
for n in (1, 2):
    try:
        print("made", Fails(n).n)
    except ValueError as e:
        print("ValueError:", e)
print(chain_depth(Nested(50)))
try:
    Nested(100000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    점(1)
except TypeError as e:
    print("TypeError:", e)
try:
    점(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
holder = [점(0, 0)]
holder.append(점(*holder[0].__dict__.values()))
print(holder, vars(holder[1]))
ReturnsSomething([1, 2])
