# Where tracebacks mark errors of iteration and context managers: a for
# loop, a with statement and their async forms are marked as whole
# statements (so no markers on their lines), a comprehension or generator
# expression as the whole expression, parentheses of a call included.
def a():
    return [y for x in [1] for y in 5]
def b():
    return {k: v for k, v in 5}
def c():
    return sum(
        i for i in 5
    )
def d():
    for i in \
            5:
        pass
def e():
    return list(x for x in range(3) if 1/0)
def f():
    with open("/nonexistent/file") as fh: pass

import traceback
async def g():
    async for x in range(3):
        pass
async def h():
    async with object():
        pass
for fn in (a, b, c, d, e, f, lambda: g().send(None), lambda: h().send(None)):
    try:
        fn()
    except Exception:
        import traceback
        traceback.print_exc()


def rows():
    yield 1
    raise ValueError("bad row")


for fn in (lambda: sum(x for x in rows()), lambda: [x for x in rows()], lambda: (i for i in 5)):
    try:
        fn()
    except Exception:
        traceback.print_exc()
for i in 5:
    pass
