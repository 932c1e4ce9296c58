# for-loops whose target is a plain local, over every kind of iterable:
# ranges (up, down, empty, huge steps), generators resumed inline, lists,
# dicts, strings, iterator classes; break/else, the target after the loop,
# and an exception raised by the iterable mid-loop.
def ranges():
    seen = []
    for i in range(3):
        seen.append(i)
    for i in range(10, 0, -4):
        seen.append(i)
    for i in range(5, 5):
        seen.append("never")
    for i in range(2**62, 2**63 - 1, 2**61):
        seen.append(i)
    print(seen, "last i:", i)


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i


def other_iterables():
    out = []
    for x in countdown(3):
        out.append(x)
    for x in [1.5, "티키", None]:
        out.append(x)
    for x in {"a": 1, "b": 2}:
        out.append(x)
    for x in "타카":
        out.append(x)
    for x in Squares(3):
        out.append(x)
    for x in (y * 2 for y in range(3)):
        out.append(x)
    print(out, "last x:", x)


def break_else():
    for i in range(10):
        if i == 4:
            break
    else:
        print("no break")
    print("broke at", i)
    for j in range(2):
        pass
    else:
        print("else after", j)
    k = "untouched"
    for k in range(0):
        pass
    print("empty loop keeps", k)


def nested():
    total = 0
    for i in range(4):
        for j in range(i):
            total += i * j
    print("nested", total)


def failing():
    yield 1
    raise ValueError("the iterable failed")


def fails_mid_loop():
    got = []
    for v in failing():
        got.append(v)
    return got


ranges()
other_iterables()
break_else()
nested()
try:
    fails_mid_loop()
except ValueError as e:
    print("ValueError:", e)
fails_mid_loop()
