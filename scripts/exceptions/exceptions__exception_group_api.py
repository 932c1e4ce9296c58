# ExceptionGroup/BaseExceptionGroup: construction rules, message, exceptions, derive, subgroup, split.
tests = [
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", [ValueError(), 1]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: BaseExceptionGroup("m", [ValueError()]),
    lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m", (ValueError(),)),
]
for t in tests:
    try:
        r = t()
        print(type(r).__name__, repr(r), str(r), r.args, r.exceptions, r.message)
    except Exception as e:
        print(type(e).__name__, e)


class MyEG(ExceptionGroup):
    pass


try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(repr(eg.subgroup(ValueError)))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.split(lambda e: isinstance(e, ExceptionGroup)))
print(eg.subgroup((TypeError, KeyError)))
print(eg.subgroup(OSError))
try:
    eg.split(1)
except TypeError as e:
    print(e)
print(repr(eg.derive([ValueError(9)])))
print(type(MyEG("x", [ValueError()]).subgroup(ValueError)).__name__)
print([c.__name__ for c in ExceptionGroup.__mro__], [c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(type(eg.args[1]).__name__, type(eg.exceptions).__name__, len(eg.exceptions))

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise ExceptionGroup("with context", [e, TypeError("t")])
except ExceptionGroup as group:
    part = group.subgroup(TypeError)
    print(repr(part), repr(part.__context__))
    for exc in group.exceptions:
        print(" -", type(exc).__name__, exc)
    print(isinstance(group, Exception), isinstance(group, BaseExceptionGroup))

try:
    raise BaseExceptionGroup("base", [SystemExit(3), ValueError("v")])
except BaseExceptionGroup as group:
    print(type(group).__name__, group)
    exits, others = group.split(SystemExit)
    print(repr(exits), repr(others))
print(OSError(2, "gone"), repr(OSError(2, "gone")), type(OSError(2, "gone")).__name__)
print(type(OSError(111, "refused")).__name__, type(OSError(999, "other")).__name__, OSError("plain"))
