# Checks asyncio.ensure_future and gather with awaitable objects (__await__), futures and coroutines, isfuture/iscoroutine, and the TypeErrors for other values.
import asyncio


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.01, fut.set_result, self.value)
        result = yield from fut
        return f"{result}!"


async def coro(x):
    await asyncio.sleep(0)
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(Later("기다림"))
    print(type(t).__name__, asyncio.isfuture(t), await t)
    print(await Later("직접"))
    t2 = asyncio.ensure_future(coro(4))
    print(type(t2).__name__, await t2)
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut, asyncio.isfuture(fut), asyncio.isfuture(5))
    fut.set_result(None)
    print(await asyncio.gather(Later(1), coro(2), asyncio.sleep(0, "잠")))
    for bad in (5, "문자열", None, [1]):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    c = coro(1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(coro))
    print(await c)
    other = asyncio.new_event_loop()
    f2 = other.create_future()
    try:
        asyncio.ensure_future(f2, loop=loop)
    except ValueError as e:
        print("ValueError:", e)
    other.close()
    g = asyncio.gather()
    print(type(g).__name__, await g)
    a = coro(3)
    print(await asyncio.gather(a, a, coro(5)))


asyncio.run(main())
