# `g.send(x)` with both names local: the common coroutine idiom, checked at
# every edge (first send, finished generator, wrong value, a coroutine, an
# object with its own `send`, an unbound argument, errors raised inside).
import traceback


def averager():
    total, count = 0.0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def drive(values):
    avg = averager()
    first = None
    result = avg.send(first)
    print("priming gives", result)
    for v in values:
        result = avg.send(v)
        print(f"  {v} -> {result:.3f}")
    avg.close()
    try:
        avg.send(v)
    except StopIteration as e:
        print("closed:", type(e).__name__, e.args)


drive([10, 20, 35.5])


def too_early():
    g = averager()
    v = 5
    try:
        g.send(v)
    except TypeError as e:
        print("TypeError:", e)


too_early()


def returns():
    x = yield 1
    return f"받은 값 {x}"


def finish():
    g = returns()
    v = "안녕"
    print(next(g))
    try:
        g.send(v)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    try:
        g.send(v)
    except StopIteration as e:
        print("again:", repr(e.value))


finish()


class Echo:
    def send(self, x):
        return ("echo", x)


def not_a_generator():
    e = Echo()
    v = 3
    r = e.send(v)
    print(r)


not_a_generator()


def unbound():
    g = averager()
    next(g)
    try:
        g.send(late)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    late = 1
    print(g.send(late))


unbound()


async def answer():
    return 42


def drive_coroutine():
    c = answer()
    nothing = None
    try:
        c.send(nothing)
    except StopIteration as e:
        print("coroutine returned", e.value)
    try:
        c.send(nothing)
    except RuntimeError as e:
        print("RuntimeError:", e)


drive_coroutine()


def fails():
    while True:
        x = yield
        print("나누기", 10 / x)


def raise_inside():
    g = fails()
    next(g)
    for v in [2, 0]:
        try:
            g.send(v)
        except ZeroDivisionError:
            traceback.print_exc()
    print("after the error the generator is", "closed" if g.gi_frame is None else "open")


raise_inside()


def self_sender():
    me = yield
    val = 1
    try:
        me.send(val)
    except ValueError as e:
        print("ValueError:", e)
    yield "done"


s = self_sender()
next(s)
print(s.send(s))
