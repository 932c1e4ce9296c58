# Checks asyncio.as_completed: results in completion order from tasks, coroutines and futures, an exception raised by the awaited step, and the timeout raising TimeoutError.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return f"{name}({delay})"


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("느림", 0.05), ("빠름", 0.01), ("중간", 0.03)]]
    it = asyncio.as_completed(tasks)
    print(type(it).__name__)
    for step in it:
        print(type(step).__name__, await step)

    for step in asyncio.as_completed([job("x", 0.04), job("y", 0.02), job("z", 0.06, True)]):
        try:
            print(await step)
        except KeyError as e:
            print("KeyError", e)

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "future")
    results = [await s for s in asyncio.as_completed([fut, job("task", 0.01)])]
    print(results)

    slow = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.01), ("b", 0.5), ("c", 0.6)]]
    got = []
    try:
        for step in asyncio.as_completed(slow, timeout=0.03):
            got.append(await step)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), got)
    for t in slow:
        t.cancel()

    print(list(asyncio.as_completed([])))
    try:
        asyncio.as_completed(slow[0])
    except TypeError as e:
        print("TypeError:", e)
    try:
        for s in asyncio.as_completed(fut):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
