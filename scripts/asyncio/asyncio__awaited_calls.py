# Coroutines awaited straight after their call, `await f(...)` (run as
# awaited calls, their coroutine objects made only if they suspend): values,
# exceptions, suspensions part-way down a chain (seen from outside through
# cr_await), throw() and close() into such a chain, PEP 479, tracebacks,
# recursion 500 deep, gather, wait_for and cancellation of chains.
import asyncio
import traceback


class Wake:
    """An awaitable that suspends once, handing `tag` to whoever drives."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def leaf(n):
    if n % 2:
        woke = await Wake(f"잎 {n}")
        return n * 10 + woke
    return n * 10


async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


async def top(n):
    result = await middle(n)
    return ("top", result)


c = top(4)
print(c.send(None))
print("cr_await:", c.cr_await.__qualname__, c.cr_await.cr_await.__qualname__)
print("inner state:", c.cr_await.cr_running, c.cr_await.cr_frame is not None)
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("returned", e.value)


async def guarded():
    try:
        return await middle(3)
    finally:
        print("  guarded: finally")


g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("던짐"))
except ValueError as e:
    print("thrown through:", e)
print(g.cr_frame)

g = guarded()
g.send(None)
g.close()
print("closed:", g.cr_frame)


async def stops():
    raise StopIteration("멈춤")


async def calls_stops():
    try:
        await stops()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))


try:
    calls_stops().send(None)
except StopIteration:
    pass


async def fails(depth):
    if depth == 0:
        return 1 / 0
    return await fails(depth - 1) + 1


async def handles():
    try:
        await fails(3)
    except ZeroDivisionError:
        traceback.print_exc()
    try:
        await fails(2)
    except ZeroDivisionError as e:
        ctx = e.__context__
        print("context:", ctx)
    try:
        raise KeyError("k")
    except KeyError:
        try:
            await fails(1)
        except ZeroDivisionError as e:
            print("context inside a handler:", repr(e.__context__))


try:
    handles().send(None)
except StopIteration:
    pass


async def deep(n):
    if n == 0:
        return 0
    return await deep(n - 1) + 1


async def main():
    print(await deep(500))
    results = await asyncio.gather(sleepy_chain(0), sleepy(0.001), deep(3))
    print(results)
    t = asyncio.ensure_future(sleepy_chain(5))
    await asyncio.sleep(0)
    print(t.done(), t.get_coro().cr_await.__qualname__, t.get_coro().cr_await.cr_await.__qualname__)
    try:
        await asyncio.wait_for(sleepy_chain(10), 0.01)
    except TimeoutError:
        print("timed out in a chain")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled in a chain:", t.cancelled())


async def sleepy(n):
    await asyncio.sleep(n)
    return n


async def sleepy_chain(n):
    try:
        return await sleepy(n)
    finally:
        print("  sleepy_chain: finally")


asyncio.run(main())
