# Checks native coroutine objects driven by hand: send, StopIteration value, reuse errors, __await__, bad awaitables.
async def f(x):
    y = x ** 2
    return y

async def g(x):
    y = await f(x)
    print(y)
    return y + 1

c = g(10)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

class Awaitable:
    def __await__(self):
        v = yield "tick"
        return v * 2

async def h():
    r = await Awaitable()
    return r

co = h()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("result", e.value)

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
