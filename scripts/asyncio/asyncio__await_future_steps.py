# Awaiting asyncio futures, step by step and at the edges: driven by hand,
# thrown into, closed, failing, a Future subclass with its own __await__,
# inside an async generator, already done, awaited twice.
import asyncio
import traceback


class Ticket:
    # an awaitable whose __await__ gives an iterator object (not a future):
    # two bare yields (the task gives way twice), then a value
    def __init__(self, turns):
        self.turns = turns

    def __await__(self):
        return self

    def __next__(self):
        self.turns -= 1
        if self.turns < 0:
            raise StopIteration("ticket done")

    def __iter__(self):
        return self


class MyFuture(asyncio.Future):
    def __await__(self):
        print("MyFuture.__await__")
        return (yield from super().__await__())


async def waiter(f):
    try:
        return await f
    finally:
        print("waiter finally")


async def agen(f):
    yield 1
    v = await f
    yield v


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    c = waiter(f)
    print(c.send(None) is f, f._asyncio_future_blocking)
    print(type(c.cr_await).__name__)
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

    f = loop.create_future()
    c = waiter(f)
    c.send(None)
    try:
        c.throw(KeyError("던진 키"))
    except KeyError:
        traceback.print_exc()

    f = loop.create_future()
    c = waiter(f)
    c.send(None)
    c.close()
    print("closed", c.cr_frame)

    f = loop.create_future()
    loop.call_soon(f.set_exception, ValueError("bad"))
    try:
        await waiter(f)
    except ValueError:
        traceback.print_exc()

    print(await Ticket(2))
    mf = MyFuture()
    loop.call_soon(mf.set_result, "mine")
    print(await mf)

    f = loop.create_future()
    ag = agen(f)
    print(await ag.__anext__())
    nxt = ag.__anext__()
    t = asyncio.ensure_future(nxt)
    await asyncio.sleep(0)
    f.set_result("from future")
    print(await t)
    f2 = loop.create_future()
    ag2 = agen(f2)
    await ag2.__anext__()
    t2 = asyncio.ensure_future(ag2.__anext__())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("agen await cancelled")

    done = loop.create_future()
    done.set_result(5)
    print(await done, done._asyncio_future_blocking)
    g = loop.create_future()
    async def two():
        return await g, await g
    t3 = asyncio.create_task(two())
    await asyncio.sleep(0)
    g.set_result(1)
    print(await t3)


asyncio.run(main())
