# gather awaits each distinct awaitable once, however often it is passed:
# tasks, plain futures, coroutines and finished futures given twice, and
# the order in which the steps and wake-ups of the tasks come.
import asyncio

log = []


async def worker(name, delay):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()

    a = asyncio.create_task(worker("a", 0.02))
    b = asyncio.create_task(worker("b", 0.01))
    print(await asyncio.gather(a, b, a, a, b))
    print(log)
    log.clear()

    # a coroutine object passed twice becomes one task
    coro = worker("c", 0)
    print(await asyncio.gather(coro, coro, worker("d", 0)))
    print(log)
    log.clear()

    # plain futures: one pending, set later; one already finished
    pending = loop.create_future()
    finished = loop.create_future()
    finished.set_result("early")
    loop.call_later(0.01, pending.set_result, "late")
    print(await asyncio.gather(pending, finished, pending, finished))

    # a task that waits on a future that another callback completes;
    # the callback order and the task's wake-up interleave as in CPython
    fut = loop.create_future()

    async def waiter(tag):
        value = await fut
        log.append(f"{tag} woke with {value}")
        return tag

    t1 = asyncio.create_task(waiter("t1"))
    t2 = asyncio.create_task(waiter("t2"))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: log.append(f"callback sees {f.result()}"))
    loop.call_soon(log.append, "before result")
    fut.set_result(42)
    loop.call_soon(log.append, "after result")
    print(await asyncio.gather(t1, t2, t1))
    print(log)
    log.clear()

    # cancelling a task whose wake-up is already scheduled: it is
    # cancelled at the await that was about to return
    gate = loop.create_future()

    async def gated():
        try:
            await gate
            log.append("gated passed")
            await asyncio.sleep(0)
            log.append("gated not reached")
        except asyncio.CancelledError as e:
            log.append(f"gated cancelled {e.args}")
            raise

    g = asyncio.create_task(gated())
    await asyncio.sleep(0)
    gate.set_result(None)
    print("cancel:", g.cancel("stop"))
    results = await asyncio.gather(g, return_exceptions=True)
    print(type(results[0]).__name__, results[0].args, g.cancelled())
    print(log)
    log.clear()

    # an error in gather with duplicates: the first failure wins
    async def fail(msg):
        await asyncio.sleep(0)
        raise ValueError(msg)

    f1 = asyncio.create_task(fail("one"))
    try:
        await asyncio.gather(f1, f1, worker("e", 0))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.01)
    print(log)

    # a future from another loop is refused, as ensure_future refuses it
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    mine = loop.create_future()
    try:
        asyncio.gather(mine, foreign)
    except ValueError as e:
        print("ValueError:", e)
    mine.cancel()
    other.close()
    print(len(asyncio.all_tasks()))


asyncio.run(main())
