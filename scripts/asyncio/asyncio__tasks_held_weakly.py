# asyncio keeps its tasks weakly (a WeakSet in CPython): a task that waits
# on a future nobody else refers to is garbage once that future is, and the
# cycle collector frees it; asyncio then reports it as destroyed pending.
# A task waiting on a timer is kept by the timer.
import asyncio
import gc


async def waiter(name):
    # awaits a future that nothing else refers to
    await asyncio.get_running_loop().create_future()


async def sleeper(name):
    await asyncio.sleep(0.01)
    return name


async def main():
    asyncio.create_task(waiter("orphan"), name="orphan")
    asyncio.create_task(sleeper("timer"), name="timer")
    await asyncio.sleep(0)
    print("before collect:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("collected something:", gc.collect() > 0)
    print("after collect:", sorted(t.get_name() for t in asyncio.all_tasks()))
    while len(asyncio.all_tasks()) > 1:
        await asyncio.sleep(0.005)
    print("at the end:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
