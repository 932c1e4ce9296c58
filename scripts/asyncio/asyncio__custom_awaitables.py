# Objects with __await__: a generator-based __await__, one that returns iter() of a list, one that yields a Future, and errors for bad __await__ results.
import asyncio


class Ticks:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            got = yield  # a bare yield lets the event loop run others
            total += i
        return total


class WaitFuture:
    def __init__(self, delay, value):
        self.delay = delay
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut
        return f"<{result}>"


class BadAwait:
    def __await__(self):
        return 42


class Plain:
    pass


async def chatter(tag):
    for i in range(3):
        print(tag, i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(chatter("other"))
    print("Ticks ->", await Ticks(3))
    print("WaitFuture ->", await WaitFuture(0.01, "done"))
    await t
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await Plain()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(WaitFuture(0.02, "a"), WaitFuture(0.01, "b")))


asyncio.run(main())
