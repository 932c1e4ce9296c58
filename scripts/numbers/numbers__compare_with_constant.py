# `if expr OP constant:` with a small-int constant: the interpreter
# compares and jumps at once when the value is a small int, and runs the
# comparison as written for anything else (floats, big ints, bools,
# strings, objects with their own comparison), with the same results.
class Loud:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"  Loud({self.n}) == {other!r}")
        return self.n == other

    def __lt__(self, other):
        return "truthy" if self.n < other else ""


def classify(values):
    out = []
    for v in values:
        if v == 0:
            out.append("zero")
        elif v < 0:
            out.append("negative")
        elif v >= 10:
            out.append("big")
        elif v != 3:
            out.append("small")
        elif v > 2:
            out.append("three")
        if v <= -1:
            out.append("(≤ -1)")
    return out


print(classify([0, -5, 12, 3, 7, 0.0, -0.5, 10.0, 2**70, -(2**70), True, False]))


def every_other(n):
    kept = []
    for i in range(n):
        if i % 2 == 0:
            kept.append(i)
        if (i + 1) % 3 != 0:
            continue
        kept.append(-i)
    return kept


print(every_other(10))


def countdown(n):
    steps = 0
    while n != 0:
        n -= 1
        steps += 1
    return steps


print(countdown(5), countdown(0))

for v in (Loud(0), Loud(4)):
    if v == 0:
        print("equal to zero")
    else:
        print("not zero")
    if v < 1:
        print("less (truthy result)")
    else:
        print("not less (falsy result)")


def big_steps():
    x = 2**62
    hits = 0
    for k in range(3):
        x = x * 2
        if x > 0:
            hits += 1
    return x, hits


print(big_steps())


def mixed(items):
    for item in items:
        try:
            if item < 5:
                print(repr(item), "< 5")
            else:
                print(repr(item), ">= 5")
        except TypeError as e:
            print("TypeError:", e)


mixed([1, 5.5, "text", None, [1]])


def last(value):
    if value % 7 == 0:
        return "divisible"
    return "not"


print(last(14), last(15), last(-7), last(7.0))
print(last("%d"))
print(last([]))
