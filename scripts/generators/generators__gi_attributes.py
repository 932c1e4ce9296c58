# Checks gi_running, gi_frame, gi_yieldfrom, __name__ and __qualname__ on generator objects.
def watcher():
    print("  inside, gi_running =", me.gi_running)
    yield 1
    print("  inside again, gi_running =", me.gi_running)
    yield 2

me = watcher()
print("before start:", me.gi_running, me.gi_frame is None)
next(me)
print("suspended:", me.gi_running, me.gi_frame is None)
next(me)
print(list(me))
print("finished:", me.gi_running, me.gi_frame is None)

def sub():
    yield "s"
def delegator():
    yield "own"
    yield from sub()
    yield from [1, 2]
d = delegator()
print("gi_yieldfrom before start:", d.gi_yieldfrom)
next(d)
print("gi_yieldfrom at own yield:", d.gi_yieldfrom)
next(d)
print("gi_yieldfrom in sub:", type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
next(d)
print("gi_yieldfrom in list:", type(d.gi_yieldfrom).__name__)
list(d)
print("gi_yieldfrom at end:", d.gi_yieldfrom)

class 작업:
    def 실행(self):
        yield self
    class Inner:
        def run(self):
            def local():
                yield
            return local()

g = 작업().실행()
print(g.__name__, "|", g.__qualname__)
loc = 작업.Inner().run()
print(loc.__name__, "|", loc.__qualname__)
print(delegator.__name__, delegator().__qualname__)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
lam = (lambda: (yield))()
print(lam.__name__, lam.__qualname__)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
closed = watcher()
closed.close()
print("closed before start:", closed.gi_frame is None, closed.gi_running)
