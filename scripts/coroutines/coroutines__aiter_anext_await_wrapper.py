# The builtins aiter() and anext(), coroutine.__await__() (a
# coroutine_wrapper iterator), and what is not an iterator: coroutines and
# async generators cannot be driven by next() or `yield from`.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


async def answer():
    await asyncio.sleep(0)
    return 42


class Doubled:
    # a custom awaitable delegating to a coroutine's __await__()
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        value = yield from self.coro.__await__()
        return value * 2


class Ticks:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class NotAnIterator:
    def __aiter__(self):
        return 5


async def main():
    it = aiter(countdown(3))
    print(type(it).__name__, type(anext(it)).__name__, type(anext(it, "없음")).__name__)
    print(await anext(it), await anext(it), await anext(it))
    print(await anext(it, "없음"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print([await anext(Ticks(3), "x") for _ in range(2)])
    t = Ticks(2)
    print(await anext(t, "end"), await anext(t, "end"), await anext(t, "end"))

    for bad in (1, [1], "text"):
        for f in (aiter, anext):
            try:
                f(bad)
            except TypeError as e:
                print(f.__name__, "TypeError:", e)
    try:
        aiter(NotAnIterator())
    except TypeError as e:
        print("TypeError:", e)

    wrapper = answer().__await__()
    print(type(wrapper).__name__, iter(wrapper) is wrapper)
    wrapper.close()
    print(await Doubled(answer()))

    # driving a coroutine by hand through its wrapper, as the event loop does
    w = answer().__await__()
    print(w.send(None))
    try:
        w.send(None)
    except StopIteration as e:
        print("returned", e.value)

    try:
        await answer().__await__()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

c = answer()
a = countdown(1)
for action in (lambda: next(c), lambda: next(a), lambda: next(c, "default"), lambda: c.__next__):
    try:
        print(action())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


def delegate():
    yield from countdown(2)


try:
    list(delegate())
except TypeError as e:
    print("TypeError:", e)
print(hasattr(c, "__next__"), hasattr(a, "__next__"), hasattr(c, "__await__"))
c.close()
