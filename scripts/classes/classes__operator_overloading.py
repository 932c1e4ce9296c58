# Checks arithmetic dunder methods: __add__, __sub__, __mul__, __rmul__, __neg__, __iadd__, __truediv__.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        return Vector(self.x * scalar, self.y * scalar)

    def __rmul__(self, scalar):
        return self * scalar

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return self.x != 0 or self.y != 0

a = Vector(1, 2)
b = Vector(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a)
print(abs(b), bool(Vector(0, 0)), bool(a))

c = a
c += b
print(c, a, c is a)

class Accumulator:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __repr__(self):
        return f"Accumulator({self.items})"

acc = Accumulator()
alias = acc
acc += 5
acc += 6
print(acc, alias is acc)

try:
    print("text" - a)
except TypeError as err:
    print("TypeError:", err)
