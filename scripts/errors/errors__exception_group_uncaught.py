# An uncaught ExceptionGroup: CPython's boxed traceback with nested groups and chained sub-exceptions.
def f():
    raise ValueError("bad value")


def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("wrapped") from e


excs = []
for h in (f, g):
    try:
        h()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "nofile")])
print("raising")
raise ExceptionGroup("many problems", excs + [inner, RuntimeError()])
