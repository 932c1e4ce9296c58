# Builtins that consume a whole generator (sum, list, tuple, sorted, "".join,
# min, max): what the generator sees while it runs, and what happens when an
# item needs Python code (an __add__), when it raises, returns a value, or
# delegates with yield from.
import inspect


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(sum(count(10)), list(count(4)), tuple(count(3)), sorted(count(3), reverse=True))
print(sum(x * x for x in range(5)), sum(count(4), 100), sum(count(0)))
print(sum(x / 2 for x in range(4)), sum([0.5, 1, 2.5]))
print(sum(2 ** 62 for _ in range(4)))
print("-".join(str(i) for i in count(5)))


def watching():
    me = yield "first"
    print("  inside: state", inspect.getgeneratorstate(gen), "running", gen.gi_running, "sent", me)
    yield "second"


gen = watching()
print(list(gen), inspect.getgeneratorstate(gen))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        # runs while the generator is suspended, so it may step it too
        print("  add", self.cents, other, "state", inspect.getgeneratorstate(wallet))
        extra = next(wallet, None)
        print("  took", extra)
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        print("  radd", other, self.cents)
        return Money(other + self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


def coins():
    yield 1
    yield 2
    yield Money(10)
    yield 3
    yield 4
    yield 5


wallet = coins()
print(sum(wallet))


def failing():
    yield 1
    yield 2
    raise KeyError("boom")


try:
    list(failing())
except KeyError as e:
    print("KeyError", e)

partly = count(6)
print(next(partly), next(partly), list(partly), list(partly))


def returning():
    yield "a"
    return "the end"


print(list(returning()))


def inner():
    yield 1
    got = yield 2
    print("  inner got", got)
    return 10


def outer():
    r = yield from inner()
    print("  inner returned", r)
    yield from [r, r + 1]
    yield from iter(range(3))


print(list(outer()), sum(outer()))


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs")


print(max(guarded()), min(guarded()))


def stopping():
    yield 1
    raise StopIteration


try:
    sum(stopping())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def ints_then_big():
    yield 9_000_000_000_000_000_000
    yield 9_000_000_000_000_000_000
    yield -1


print(sum(ints_then_big()), sum(ints_then_big(), 0.5))
print(sum((i for i in [1, 2.5, 3])), sum([True, True, 2]))
