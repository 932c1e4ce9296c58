# Checks str.format field grammar: numbering, attributes, keys, conversions, nested specs, format_map and errors.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __format__(self, spec):
        return "<" + spec + ">" if spec else f"({self.x}, {self.y})"

p = Point(3, -4)
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("ab"))
print("{p.x},{p.y}".format(p=p), "{0.x}".format(p), "{0[1]} {0[0]}".format(["zero", "one"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "int key"}), "{0[2]}".format("abc"))
print("{0!r} {0!s} {0} {0:spec}".format(p), "{!a}".format("한글é"), "{!r:>12}|".format("hi"))
print("{:>{w}}|{:^{w}}|".format("r", "c", w=6), "{:{fill}{align}{width}}".format("x", fill="*", align="<", width=5))
print("{0:{1}.{2}f}".format(3.14159, 8, 3), "{:{}}".format("ab", 4) + "|", "{:%}".format(0.25))
print("{{literal}} {{{}}}".format("in braces"), "}}{{".format())
print("{이름}님 {나이}세".format(이름="민지", 나이=20), "{:한^7}".format("가"))
print("{name:>8}|{score:05.1f}".format_map({"name": "ann", "score": 9.25}))
rows = [("kim", 91.5), ("lee", 78.25), ("park", 100)]
for name, score in rows:
    print("{:<6}{:>8.2f}{:>4}".format(name, score, "*" if score >= 90 else ""))
errors = [
    lambda: "{}{1}".format(1, 2),
    lambda: "{0}{}".format(1, 2),
    lambda: "{} {} {}".format(1, 2),
    lambda: "{missing}".format(),
    lambda: "{0.nope}".format(p),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0!x}".format(1),
    lambda: "{0[}".format(1),
    lambda: "{:{:{}}}".format(1, 2, 3),
    lambda: "{:d}".format("text"),
    lambda: "{0}".format_map({}),
]
for bad in errors:
    try:
        print(bad())
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as err:
        print(type(err).__name__ + ":", err)
