# Checks a chain of four generators joined by `yield from`, with values, sends and returns passing through every level.
def level4():
    got = yield "L4 ready"
    while got != "stop":
        got = yield f"L4 saw {got!r}"
    return 4

def level3():
    r = yield from level4()
    print("  level3 got", r)
    return r + 30

def level2():
    r = yield from level3()
    print("  level2 got", r)
    return r + 200

def level1():
    r = yield from level2()
    print("  level1 got", r)
    return r + 1000

g = level1()
print(next(g))
print(g.send(1))
print(g.send("둘"))
print(g.send(3.0))
try:
    g.send("stop")
except StopIteration as e:
    print("final value:", e.value)

def depth(n):
    if n == 0:
        yield "바닥"
        return 0
    yield f"depth {n} down"
    below = yield from depth(n - 1)
    yield f"depth {n} up"
    return below + 1

def run(n):
    total = yield from depth(n)
    yield f"total levels {total}"
print(list(run(4)))

def deep_finally(n):
    try:
        if n:
            yield from deep_finally(n - 1)
        else:
            yield "bottom"
    finally:
        print("  finally", n)
d = deep_finally(3)
print(next(d))
d.close()
