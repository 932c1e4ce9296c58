# Checks __repr__ and __str__, and which one print, str(), repr(), f-strings and containers use.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2)
print(p)
print(str(p), repr(p))
print([p, Point(3, "4")])
print(f"{p} and {p!r}")
print({"origin": Point(0, 0)})

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

o = OnlyRepr()
print(o, str(o), [o])

class Money:
    def __init__(self, amount, currency="원"):
        self.amount = amount
        self.currency = currency

    def __str__(self):
        return f"{self.amount:,}{self.currency}"

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"

wallet = [Money(15000), Money(2500000)]
for m in wallet:
    print(m)
print(wallet)
print("total: " + str(Money(sum([m.amount for m in wallet]))))

class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value})"
        return f"Tree({self.value}, {self.children})"

print(Tree(1, [Tree(2), Tree(3, [Tree(4)])]))
