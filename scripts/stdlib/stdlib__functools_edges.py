# functools corner cases: wraps of builtins and partials, lru_cache keys
# (f(1) and f(1.0) are cached apart unless equal tuples), typed, maxsize=0.
import functools
@functools.wraps(print)
def myprint(*a):
    return print(*a)
print(myprint.__name__, myprint.__wrapped__ is print)
p = functools.partial(print, "x")
@functools.wraps(p)
def w(): pass
print(w.__name__, w.__wrapped__ is p)
@functools.lru_cache
def f(x): return x
try:
    f([1])
except TypeError as e:
    print("TypeError:", e)
print(f(1), f(1.0), f.cache_info())
@functools.lru_cache(typed=True)
def g(x): return x
print(g(1), g(1.0), g.cache_info())
@functools.lru_cache(maxsize=0)
def h(x): return x
print(h(1), h(1), h.cache_info())
try:
    functools.lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a + b, [1], 5), functools.reduce(lambda a, b: a + b, "abc"))
def add(a, b, c=0): return a + b + c
p = functools.partial(add, 1, c=10)
print(p(2), p(2, c=0), repr(functools.partial(add)).startswith("functools.partial(<function add at"))
class P(functools.partial): pass
print(repr(P(add, 1)).startswith("P(<function add"), P(add, 1)(2))
