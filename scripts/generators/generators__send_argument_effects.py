# `g.send(expr)` where evaluating the argument does something to `g` or
# fails: the method is looked up on `g` before the argument runs, as in
# CPython, and the call then sees the generator as the argument left it.
def counter(label):
    n = 0
    while True:
        got = yield f"{label}#{n}"
        n += 1
        print(f"  {label} got {got!r}")


def drive():
    g = counter("a")
    next(g)
    other = counter("b")
    next(other)
    print(g.send((g := other) and "rebound"))
    print(g.send("now b"))

    h = counter("c")
    next(h)

    def finish(gen):
        gen.close()
        return "after close"

    try:
        h.send(finish(h))
    except StopIteration as e:
        print("StopIteration", e.value)

    k = counter("d")
    try:
        k.send(1 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        k.send(len([1, 2]))
    except TypeError as e:
        print("TypeError:", e)
    print(k.send(None))
    print(k.send([x * 2 for x in range(3)]))

    def advance(gen):
        return next(gen)

    print(k.send(advance(k)))


drive()

items = []


def collector():
    while True:
        item = yield len(items)
        items.append(item)


top = collector()
next(top)
print(top.send(top.send("first") + 10), items)


async def native():
    return "coroutine result"


cor = native()
try:
    cor.send(None)
except StopIteration as e:
    print("coroutine finished:", e.value)


async def agen():
    yield 1


a = agen()
try:
    a.send(print("argument not evaluated"))
except AttributeError as e:
    print("AttributeError:", e)


def inner_error():
    g = counter("e")
    next(g)
    return g.send(undefined_name)


inner_error()
