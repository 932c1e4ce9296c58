# Checks close() delegation through `yield from`: inner and outer finally blocks run innermost first.
def leaf(name):
    try:
        print(f"  {name} start")
        while True:
            yield name
    except GeneratorExit:
        print(f"  {name} got GeneratorExit")
        raise
    finally:
        print(f"  {name} finally")

def branch():
    try:
        yield from leaf("leaf")
    except GeneratorExit:
        print("  branch got GeneratorExit")
        raise
    finally:
        print("  branch finally")

b = branch()
print(next(b), next(b))
b.close()
print("closed; list now:", list(b))

def ignoring_leaf():
    ignored = False
    while True:
        try:
            yield "잎"
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("  잎이 무시함 (한 번만)")

def 줄기():
    yield from ignoring_leaf()

s = 줄기()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
def outer2():
    v = yield from ret_on_close()
    print("  (not reached)", v)
o = outer2()
next(o)
o.close()
print("outer2 closed quietly")
