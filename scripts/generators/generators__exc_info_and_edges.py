# sys.exc_info() inside and around generators, the context of thrown exceptions, next() defaults, recursion through yield from, StopIteration.value and generator names in classes.
import sys
def g():
    try:
        raise KeyError("a")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it))
try:
    raise ValueError("outside")
except ValueError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it))
def ctx():
    try:
        yield 1
    except Exception as e:
        print("ctx", repr(e), repr(e.__context__))
        yield 2
c = ctx(); next(c)
try:
    raise IndexError("i")
except IndexError:
    print(c.throw(TypeError("t")))
gi = (x*x for x in range(3))
print(gi.gi_frame is not None)
print(next(gi), list(gi), gi.gi_frame)
print(next(iter([]), "default"))
def rec(n):
    yield n
    if n:
        yield from rec(n-1)
print(sum(rec(50)))
def deep(n):
    yield from deep(n+1)
try:
    next(deep(0))
except RecursionError as e:
    print("RecursionError", e)
e = (i for i in range(2))
try:
    e.send(5)
except TypeError as err:
    print(err)
print(e.send(None), list(e))
def gen_ret():
    x = yield
    return x * 2
r = gen_ret(); next(r)
try:
    r.send(21)
except StopIteration as s:
    print("value", s.value, s.args)
class K:
    def items(self):
        yield from ("a", "b")
print(list(K().items()), K.items.__qualname__, K().items().__qualname__)
print(repr(gen_ret())[:30])
