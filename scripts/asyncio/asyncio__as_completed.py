# Checks asyncio.as_completed: results in completion order from tasks, coroutines and futures, an exception raised by the awaited step, and the timeout raising TimeoutError.
import asyncio


async def job(name, gate, fail=False):
    # each job finishes when its gate opens, so the order does not depend on timing
    await gate.wait()
    if fail:
        raise KeyError(name)
    return f"{name}!"


async def opener(gates, order):
    for name in order:
        for _ in range(10):
            await asyncio.sleep(0)
        gates[name].set()


def gates_for(names):
    return {n: asyncio.Event() for n in names}


async def main():
    g = gates_for(["느림", "빠름", "중간"])
    tasks = [asyncio.create_task(job(n, g[n])) for n in g]
    asyncio.create_task(opener(g, ["빠름", "중간", "느림"]))
    it = asyncio.as_completed(tasks)
    print(type(it).__name__)
    for step in it:
        print(type(step).__name__, await step)

    g = gates_for("xyz")
    asyncio.create_task(opener(g, "zyx"))
    for step in asyncio.as_completed([job("x", g["x"]), job("y", g["y"]), job("z", g["z"], True)]):
        try:
            print(await step)
        except KeyError as e:
            print("KeyError", e)

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    g = gates_for(["task"])
    loop.call_soon(g["task"].set)
    results = []
    for s in asyncio.as_completed([fut, job("task", g["task"])]):
        results.append(await s)
        if not fut.done():
            fut.set_result("future")
    print(results)

    g = gates_for("abc")
    slow = [asyncio.create_task(job(n, g[n])) for n in "abc"]
    g["a"].set()
    got = []
    try:
        for step in asyncio.as_completed(slow, timeout=0.1):
            got.append(await step)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), got)
    for t in slow:
        t.cancel()

    print(list(asyncio.as_completed([])))
    lazy = asyncio.as_completed(slow[0])
    print("nothing checked before the first step")
    try:
        next(lazy)
    except TypeError as e:
        print("TypeError:", e)
    try:
        for s in asyncio.as_completed(fut):
            pass
    except TypeError as e:
        print("TypeError:", e)

    # with real sleeps: clearly separated delays
    delays = [0.06, 0.02, 0.04]
    print([await s for s in asyncio.as_completed([asyncio.sleep(d, d) for d in delays])])


asyncio.run(main())
