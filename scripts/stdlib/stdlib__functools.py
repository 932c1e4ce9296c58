import functools
from functools import wraps, partial, reduce, lru_cache, cache, total_ordering, cmp_to_key

def coroutine(func):
    "Prime a generator-based coroutine."
    @wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer

@coroutine
def averager():
    """Running average."""
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

print(averager.__name__, averager.__qualname__, averager.__doc__, averager.__module__)
print(averager.__wrapped__.__name__)
avg = averager()
print(avg.send(10), avg.send(30), avg.send(5))

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), exp=10)
print(p2(), p2.args, p2.keywords)
print(repr(partial(power, 3)).startswith("functools.partial(<function power at 0x"))
try:
    partial(3)
except TypeError as e:
    print("TypeError:", e)

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 100))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.cache_parameters())

@lru_cache(maxsize=2)
def ident(x):
    print("compute", x)
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())
h, m, ms, cs = ident.cache_info()
print(h, m, ms, cs, ident.cache_info().hits)

@cache
def slow(a, b=1):
    print("slow", a, b)
    return a + b
print(slow(1), slow(1), slow(1, b=2), slow(1, b=2), slow.cache_info())

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1))
print(Version.__ge__.__name__)
try:
    @total_ordering
    class Nope:
        pass
except ValueError as e:
    print("ValueError:", e)

print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda x, y: y - x)))
