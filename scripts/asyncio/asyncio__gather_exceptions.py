# gather: the first exception propagates while the other children keep running; return_exceptions collects them in order; cancelling gather cancels its children.
import asyncio


async def job(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    print(f"  {name} done")
    return name.upper()


async def main():
    print("-- first exception wins")
    try:
        await asyncio.gather(job("a", 0.01), job("b", 0.02, ValueError("b broke")), job("c", 0.03, KeyError("c")))
    except Exception as e:
        print("caught", type(e).__name__, e)
    await asyncio.sleep(0.05)

    print("-- return_exceptions=True")
    res = await asyncio.gather(job("x", 0.02), job("y", 0.01, ZeroDivisionError("y/0")), job("z", 0), return_exceptions=True)
    for r in res:
        print("  ", type(r).__name__, repr(r))

    print("-- empty gather")
    print(await asyncio.gather())

    print("-- gather of plain values is an error")
    try:
        await asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)

    print("-- cancelling the gather")
    g = asyncio.gather(job("p", 1), job("q", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    print("-- a child cancelled with return_exceptions")
    t = asyncio.ensure_future(job("r", 1))
    g2 = asyncio.gather(t, job("s", 0), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([type(x).__name__ for x in await g2])


asyncio.run(main())
