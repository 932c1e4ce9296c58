# Async generators driven by hand: asend, athrow, aclose, StopAsyncIteration, and async generators inside async for with break.
import asyncio


async def counter(limit):
    n = 0
    try:
        while n < limit:
            got = yield n
            if got is not None:
                n = got
            else:
                n += 1
            await asyncio.sleep(0)
    except KeyError as e:
        yield f"caught {e!r}"
    finally:
        print("  counter finally")


async def main():
    g = counter(5)
    print(await g.asend(None))
    print(await g.asend(None))
    print(await g.asend(3))
    print(await g.athrow(KeyError("k")))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = counter(10)
    print(await g2.__anext__())
    await g2.aclose()
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    async for v in counter(100):
        if v == 2:
            break
        print("loop", v)
    print(type(counter(1)).__name__, counter.__name__)
    try:
        await counter(1).asend(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
