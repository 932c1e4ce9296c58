# Finalizers that create and drop more generators, a generator that holds itself (closed at exit), and gc.collect() with finalization.
import gc


def spawner(n):
    try:
        yield n
    finally:
        if n:
            g = spawner(n - 1)
            next(g)
            print("spawned", n - 1)


x = spawner(3)
next(x)
x = None
print("after spawner")


def selfref(tag):
    me = yield
    try:
        yield 2
    finally:
        print(tag, "finally")


r = selfref("kept by itself")
next(r)
r.send(r)
r = None
print("unreachable, but a cycle: nothing yet")
print(gc.isenabled())


def plain():
    try:
        yield "p"
    finally:
        print("plain finally")


keep = [plain() for _ in range(2)]
for g in keep:
    next(g)
keep.clear()
print("end")
