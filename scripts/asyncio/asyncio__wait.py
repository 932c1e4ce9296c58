# Checks asyncio.wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout, the (done, pending) sets, futures mixed with tasks, and its argument errors.
import asyncio


async def job(name, gate, fail=False):
    # each job finishes when its gate opens, so the order does not depend on timing
    await gate.wait()
    if fail:
        raise ValueError(f"{name} 실패")
    return name


def make(specs):
    gates = {}
    tasks = []
    for name, fail in specs:
        gates[name] = asyncio.Event()
        tasks.append(asyncio.create_task(job(name, gates[name], fail), name=name))
    return tasks, gates


async def opener(gates, names):
    for name in names:
        for _ in range(10):
            await asyncio.sleep(0)
        gates[name].set()


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts, gates = make([("a", False), ("b", False), ("c", False)])
    op = asyncio.create_task(opener(gates, "bac"))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", type(done).__name__, names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("ALL_COMPLETED", names(done), names(pending), sorted(t.result() for t in done))
    await op

    ts, gates = make([("a", False), ("b", True), ("c", False)])
    op = asyncio.create_task(opener(gates, "ab"))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", names(done), [t.cancelled() for t in done])

    ts, gates = make([("a", False), ("b", False)])
    op = asyncio.create_task(opener(gates, "ab"))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without errors", names(done), names(pending))

    ts, gates = make([("a", False), ("b", False), ("c", False)])
    gates["a"].set()
    done, pending = await asyncio.wait(ts, timeout=0.1)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "미래")
    t = asyncio.create_task(asyncio.sleep(0.02, "t"), name="t")
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
    c = job("coro", gates["a"])
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
