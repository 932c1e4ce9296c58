# `x += 1`, `x -= 2`, `y = x * 3`, `total += x`, `z = x - y`: a local and a
# constant or another local added, subtracted or multiplied into a local.
# Small ints are done in one step by the interpreter; every other value
# (floats, big ints, strings, bools, objects with their own `__iadd__`/
# `__add__`) must give exactly what the general path gives.
import traceback


def counters(n):
    i = 0
    down = n
    steps = []
    while i < n:
        i += 1
        down -= 2
        after = i + 100
        before = down - 7
        steps.append((i, down, after, before))
    return steps


print(counters(4))


def edges():
    big = 9223372036854775806
    big += 1
    print("i64 max:", big)
    big += 1
    print("past it:", big, type(big).__name__)
    small = -9223372036854775807
    small -= 1
    small -= 1
    print("below min:", small)
    f = 0.5
    f += 1
    f -= 3
    print("float:", f)
    t = True
    t += 1
    print("bool:", t, type(t).__name__)
    n = -5
    n = n - -5
    m = n + -3
    print("negative constants:", n, m)


edges()


class Counter:
    def __init__(self):
        self.calls = []

    def __iadd__(self, k):
        self.calls.append(("iadd", k))
        return self

    def __add__(self, k):
        self.calls.append(("add", k))
        return self


def objects():
    c = Counter()
    c += 1
    c = c + 2
    d = c - 0 if False else c
    print(c.calls, d is c)
    s = "ab"
    s += "c"
    print(s)
    items = [1]
    items += [2]
    print(items)


objects()


def loop_with_targets(n):
    total = 0
    k = 0
    for j in range(n):
        if j % 2:
            k += 1
        else:
            k -= 1
        total = k + 10
    return total, k


print(loop_with_targets(7))


def unbound():
    if False:
        x = 0
    x += 1


def wrong_type():
    s = "text"
    s += 1


def wrong_type_plain():
    s = None
    t = s - 1
    return t


def two_locals(values):
    total = 0
    product = 1
    diffs = []
    prev = 0
    for x in values:
        total += x
        product *= x
        d = x - prev
        prev = x
        diffs.append(d)
    twice = total * 2
    square = total * total
    return total, product, diffs, twice, square


print(two_locals([3, 5, 7]))
print(two_locals([2**40, 2**40, 3]))
print(two_locals([0.5, 2, -1]))
print(two_locals([-9223372036854775807, -2]))


def sequences():
    s = "ab"
    n = 3
    r = s * n
    k = n * s
    words = ["x"]
    count = 2
    words *= count
    return r, k, words


print(sequences())


def unbound_second():
    a = 1
    if False:
        b = 2
    c = a + b
    return c


def mixed_types():
    a = 1
    b = "2"
    a += b


for fn in (unbound, wrong_type, wrong_type_plain, unbound_second, mixed_types):
    try:
        fn()
    except Exception:
        traceback.print_exc()
