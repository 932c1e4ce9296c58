# try/with/except blocks that stay active while a generator is suspended,
# at several depths, then left by resuming, throwing in, closing and
# dropping it; the exception being handled (sys.exc_info) is restored at
# each level, and recursive calls each have their own blocks.
import sys


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return False


def nested():
    with Ctx("outer"):
        try:
            try:
                raise KeyError("first")
            except KeyError as e:
                print("handling", repr(e), repr(sys.exc_info()[1]))
                try:
                    yield "in handler"
                    raise ValueError("second")
                except ValueError as e2:
                    print("inner handling", repr(e2), repr(sys.exc_info()[1]))
                    yield "in inner handler"
                print("back to", repr(sys.exc_info()[1]))
                yield "after inner"
            print("outside handlers", sys.exc_info()[1])
        finally:
            print("finally")
            print("finally done")


g = nested()
for step in g:
    print("got", step)
print("exc_info at top:", sys.exc_info())

# closed while three blocks deep
g = nested()
print(next(g))
print(next(g))
g.close()
print("closed")

# an exception thrown in while inside the inner handler
g = nested()
next(g)
next(g)
try:
    g.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
except Exception as e:
    print("other", repr(e))


# many generators suspended inside try blocks, dropped while suspended
def guarded(i):
    try:
        with Quiet():
            yield i
    finally:
        dropped.append(i)


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


dropped = []
gens = [guarded(i) for i in range(5)]
for g in gens:
    next(g)
del g
gens.clear()
print("dropped", dropped)


# recursion: every level has its own try block
def depth(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return depth(n - 1)
    except LookupError as e:
        if n < 3:
            raise
        return f"caught at {n}: {e}"
    finally:
        trail.append(n)


trail = []
print(depth(6), trail)


# a try inside a loop inside a try, with break and continue through them
def loops():
    out = []
    try:
        for i in range(6):
            try:
                if i == 1:
                    continue
                if i == 4:
                    break
                out.append(i)
            finally:
                out.append(-i)
    finally:
        out.append("end")
    return out


print(loops())
