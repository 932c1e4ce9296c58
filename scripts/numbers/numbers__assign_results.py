# Results of arithmetic stored straight into locals (`x = a op b`, `x op= y`):
# small ints, growth past 64 bits, floats, strings, lists, user types, and
# the errors, each inside a function so the values live in local slots.
def ints():
    total = 0
    for i in range(10):
        total += i * i
        step = i - 3
        total -= step
    print("ints", total, step)
    big = 2 ** 62
    big += 2 ** 62
    big *= 4
    print("past 64 bits", big, type(big).__name__)
    neg = -(2 ** 63)
    neg -= 1
    print("below", neg)
    q = 17 // 5
    r = -17 % 5
    t = 7 / 2
    p = 3 ** 4
    s = 1 << 70
    print(q, r, t, p, s)


def mixed():
    x = 1
    x += 0.5
    y = x * 2
    s = "티키"
    s += "타카"
    doubled = s * 2
    items = [1]
    alias = items
    items += [2, 3]
    more = items + [4]
    print(x, y, s, doubled, items, alias is items, more)


class Meter:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Meter(self.n + other)

    def __iadd__(self, other):
        self.n += other * 10
        return self

    def __repr__(self):
        return f"Meter({self.n})"


def user_types():
    m = Meter(1)
    plain = m + 2
    m += 3
    print(plain, m)


def errors():
    x = 5
    try:
        x = x // 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, x)
    try:
        x += "a"
    except TypeError as e:
        print("TypeError:", e, x)
    y = 2
    y **= -1
    print("negative power", y)
    y = 10
    y %= 0.0 or 3
    print(y)


ints()
mixed()
user_types()
errors()


def traced(a, b):
    c = a + b
    c -= b
    c = c / (a - a)
    return c


traced(4, 5)
