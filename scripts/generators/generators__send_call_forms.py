# `something.send(value)` in every shape a program writes it: a module
# global, an attribute, an item, a call's result, an expression as the
# value; receivers that are not generators (an object with its own `send`,
# a class, a plain attribute); and the errors a send can meet.
import traceback


def echo(tag):
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print(f"  {tag} got {x!r}")
    finally:
        print(f"  {tag} closing with {received}")


# a module-level generator, sent values that are expressions
g = echo("global")
print("prime:", g.send(None))
for i in range(3):
    print("answer:", g.send(i * 10 + 1))
print("answer:", g.send("티키" + "타카"))
g.close()


class Holder:
    def __init__(self):
        self.target = echo("attribute")
        self.targets = [echo("item 0"), echo("item 1")]

    def start(self):
        next(self.target)
        for t in self.targets:
            t.send(None)

    def push(self, v):
        return self.target.send(v), self.targets[v % 2].send(-v)


h = Holder()
h.start()
print(h.push(3), h.push(4))
del h


def make():
    c = echo("fresh")
    next(c)
    return c


print("call result:", make().send("once"))


# receivers that are not generators
class Channel:
    def __init__(self):
        self.log = []

    def send(self, value):
        self.log.append(value)
        return f"sent {value}"


ch = Channel()
print(ch.send(1 + 1), ch.log)
print(Channel.send(ch, 3), ch.log)


class Weird:
    pass


w = Weird()
w.send = lambda v: f"lambda got {v}"
print(w.send(5))
w.send = 42
try:
    w.send(6)
except TypeError as e:
    print("TypeError:", e)

try:
    (1).send(2)
except AttributeError as e:
    print("AttributeError:", e)


# errors a send can meet
fresh = echo("unstarted")
try:
    fresh.send(99)
except TypeError as e:
    print("TypeError:", e)
fresh.close()


def short():
    x = yield "first"
    print("  short got", x)


s = short()
next(s)
try:
    s.send("last")
except StopIteration as e:
    print("StopIteration", e.args)
try:
    s.send("again")
except StopIteration as e:
    print("StopIteration again", e.args)


def selfish():
    yield
    me.send(1)


me = selfish()
next(me)
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)


def leaky():
    x = yield
    raise StopIteration(x)


lk = leaky()
next(lk)
try:
    lk.send("boom")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def failing():
    while True:
        v = yield
        print("  failing got", 10 // v)


fl = failing()
next(fl)
fl.send(2)
try:
    fl.send(0)
except ZeroDivisionError:
    traceback.print_exc()
print("after the error:", fl.gi_frame)


# a coroutine, driven by hand as the note does
async def answer():
    return 42


co = answer()
try:
    co.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)


async def agen():
    yield 1


ag = agen()
try:
    ag.send(None)
except AttributeError as e:
    print("AttributeError:", e)
