# Checks asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout, the (done, pending) sets, futures mixed with tasks, and its argument errors.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} 실패")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


def make(specs):
    return [asyncio.create_task(job(n, d, f), name=n) for n, d, f in specs]


async def main():
    ts = make([("a", 0.03, False), ("b", 0.01, False), ("c", 0.05, False)])
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", type(done).__name__, names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("ALL_COMPLETED", names(done), names(pending), sorted(t.result() for t in done))

    ts = make([("a", 0.01, False), ("b", 0.02, True), ("c", 0.06, False)])
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", names(done), [t.cancelled() for t in done])

    ts = make([("a", 0.01, False), ("b", 0.02, False)])
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without errors", names(done), names(pending))

    ts = make([("a", 0.01, False), ("b", 0.5, False), ("c", 0.6, False)])
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "미래")
    t = asyncio.create_task(job("t", 0.02))
    done, pending = await asyncio.wait([fut, t, fut])
    print(len(done), len(pending), fut.result(), t.result())

    done, pending = await asyncio.wait([t], return_when=asyncio.FIRST_COMPLETED)
    print("already done", names(done), len(pending))

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    c = job("coro", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
