# A suspended generator that is dropped gets close(): its finally blocks and __exit__ run at the moment the last reference goes away, as in CPython.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name} ({exc_type.__name__ if exc_type else None})")
        return False


def reader(name):
    with Resource(name):
        for i in range(3):
            yield f"{name}:{i}"


def guarded(tag):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(f"  {tag}: GeneratorExit seen")
        raise
    finally:
        print(f"  {tag}: finally")


def outer():
    try:
        yield from guarded("inner")
    finally:
        print("  outer: finally")


print("del after next():")
g = guarded("a")
next(g)
del g
print("break out of a for loop:")
for line in reader("file1"):
    print(" ", line)
    break
print("rebinding the name:")
r = reader("file2")
print(" ", next(r))
r = None
print("dropped when a function returns:")


def take_one():
    it = guarded("local")
    return next(it)


print(" ", take_one())
print("a yield from chain closes inside out:")
o = outer()
next(o)
o = 0
print("never started: nothing to run")
g = guarded("never")
del g
print("finished: nothing to run")
g = guarded("done")
print(" ", list(g))
del g
print("left alive until the program ends:")
last = reader("file3")
next(last)
print("end of program")
