# Checks f-strings with nested expressions, calls, indexing, conversions and quotes.
name = "철수"
age = 14
scores = [90, 85, 77]
info = {"city": "서울", "zip": "04524"}
print(f"{name} is {age} years old")
print(f"next year: {age + 1}, doubled: {age * 2}")
print(f"average: {sum(scores) / len(scores)}")
print(f"first score {scores[0]}, last {scores[-1]}, count {len(scores)}")
print(f"city: {info['city']} ({info['zip']})")
print(f"upper: {'tikitaka'.upper()}, joined: {'-'.join(['a', 'b'])}")
print(f"{name!r} vs {name!s} vs {name}")
print(f"{scores!r} {3.0!s} {'x'!r}")
print(f"{'yes' if age >= 14 else 'no'}")
print(f"{{literal braces}} and {{{age}}}")
print(f"list comp: {[n // 10 for n in scores]}")
print(f"nested f: {f'{age:03d}'}")
print(f"dict literal inside: { {'a': 1}['a'] }")
print(f"{len(name)}글자 이름")
print(f"{None} {True} {[]} {()}")
print(f"multi" f"part {age}" "plain")
width = 8
print(f"[{name:>{width}}] [{age:^{width // 2}}]")

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

p = Point(3, 4)
print(f"{p} {p!r} {p.x + p.y}")
items = ["pen", "book"]
print(f"You have {len(items)} item{'s' if len(items) != 1 else ''}: {', '.join(items)}")
