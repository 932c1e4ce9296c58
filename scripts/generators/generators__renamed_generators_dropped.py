# Generators with names of their own (renamed functions, assigned __name__/__qualname__) keep them while they live, lose nothing when many come and go, and a renamed coroutine that is never awaited warns with its own name.
import functools


def tick(n):
    for i in range(n):
        yield i


tick.__name__ = "tock"
tick.__qualname__ = "Clock.tock"

gens = [tick(3) for _ in range(5)]
print([g.__name__ for g in gens], gens[0].__qualname__)
for i, g in enumerate(gens):
    g.__name__ = f"g{i}"
print([g.__name__ for g in gens], [next(g) for g in gens])
del gens

# many renamed generators created and dropped: each keeps its own names
kept = []
for i in range(2000):
    g = tick(1)
    g.__qualname__ = f"q{i}"
    if i % 500 == 0:
        kept.append(g)
print([g.__qualname__ for g in kept], [g.__name__ for g in kept])
del kept


def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args):
        gen = func(*args)
        next(gen)
        return gen
    return wrapper


@wrapped
def averager():
    total = count = 0
    avg = None
    while True:
        total += yield avg
        count += 1
        avg = total / count


a = averager()
print(a.__name__, a.__qualname__, a.send(10), a.send(20))


# a suspended renamed generator inside try/finally, dropped: finally runs
def guarded():
    try:
        yield 1
    finally:
        print("finally of", g2.__qualname__ if False else "guarded")


g2 = guarded()
g2.__qualname__ = "Renamed.guarded"
print(next(g2), g2.__qualname__)
del g2
print("after drop")
