# A future's done callbacks as tasks wait on it: the waiting task shows as
# Task.task_wakeup() first, more callbacks after it, a Future subclass's own
# add_done_callback is called, two tasks can wait on one future.
import asyncio


class Loud(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("add_done_callback called")
        super().add_done_callback(fn, context=context)


async def waiter(f):
    return await f


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print(f)
    show = lambda x: print(repr(x).replace(__file__, "FILE"))
    cb = lambda x: print("second cb", x.result())
    f.add_done_callback(cb)
    show(f)
    print(f.remove_done_callback(cb), f)
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    show(f)
    f.set_result(7)
    print(await t)

    g = Loud(loop=loop)
    t2 = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    print(g)
    g.set_result("loud")
    print(await t2)

    h2 = loop.create_future()
    t4 = asyncio.create_task(waiter(h2))
    await asyncio.sleep(0)
    show(t4)
    t4.cancel("bye")
    try:
        await t4
    except asyncio.CancelledError as e:
        print("cancelled", e.args, h2.cancelled())

    # two tasks waiting on one future
    shared = loop.create_future()
    a = asyncio.create_task(waiter(shared), name="a")
    b = asyncio.create_task(waiter(shared), name="b")
    await asyncio.sleep(0)
    print(shared)
    shared.set_result("both")
    print(await a, await b)

asyncio.run(main())
