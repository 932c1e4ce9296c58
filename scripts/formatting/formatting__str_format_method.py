# Checks str.format with positional, indexed, keyword, attribute/index fields and specs.
print("{} + {} = {}".format(2, 3, 5))
print("{0} {1} {0}".format("tiki", "taka"))
print("{name} is {age}".format(name="영희", age=15))
print("{0[0]} and {0[1]}".format(["first", "second"]))
print("{data[key]}".format(data={"key": "dict lookup"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:,} {:08.2f} {:x}".format(3.14159, 1234567, -3.5, 255))
print("{0:*^9} {1:+d}".format("mid", 7))
print("{{braces}} {}".format("ok"))
print("{!r} {!s}".format("quoted", "plain"))
print("{:{width}.{precision}f}".format(2.718281, width=10, precision=2))

class Book:
    def __init__(self, title, pages):
        self.title = title
        self.pages = pages

book = Book("어린 왕자", 120)
print("{b.title} has {b.pages} pages".format(b=book))
print("{0.title!r}".format(book))

template = "Dear {who}, you owe {amount:,.2f} {currency}."
print(template.format(who="Mr. Kim", amount=1234.5, currency="won"))
print(template.format(currency="$", amount=0.1, who="Ann"))

header = "{:<10}{:>6}".format("name", "score")
print(header)
for name, score in [("minsu", 91), ("jia", 100), ("hajun", 7)]:
    print("{:<10}{:>6}".format(name, score))

values = {"x": 1, "y": 2}
print("x={x}, y={y}".format(**values))
print("{} {}".format(*["star", "args"]))

try:
    "{} {}".format("only one")
except IndexError as err:
    print("IndexError:", err)

try:
    "{missing}".format(present=1)
except KeyError as err:
    print("KeyError:", err)
