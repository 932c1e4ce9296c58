# `yield` of a local, of a constant and of a bare `yield`, driven by next(),
# send(), for-loops and native consumers; where a suspended generator
# stands (inspect, tracebacks after a resume), and a local yielded before
# it is bound.
import inspect


def echo():
    got = None
    while True:
        got = yield got
        if got == "stop":
            return "stopped"


def constants():
    yield 1
    yield "티키"
    yield None
    yield (1, 2)
    yield


def unbound(flag):
    if flag:
        late = "bound"
    yield late


def failing_after_resume():
    first = yield "first"
    raise ValueError(f"after resume with {first!r}")


e = echo()
print(next(e), e.send(1), e.send("타카"), e.send(2.5))
try:
    e.send("stop")
except StopIteration as stop:
    print("StopIteration:", stop.value)

print(list(constants()), sum(x for x in (1, 2, 3)))
c = constants()
print(next(c), inspect.getgeneratorstate(c))
for v in c:
    print("for got", repr(v))
print(inspect.getgeneratorstate(c))

print(list(unbound(True)))
try:
    next(unbound(False))
except UnboundLocalError as err:
    print("UnboundLocalError:", err)

f = failing_after_resume()
print(next(f))
f.send("값")
