# A task garbage-collected while its coroutine waits inside try/finally:
# as in CPython, the coroutine (older than its task) is closed first, so its
# finally block runs, then the task is reported as destroyed pending.
import asyncio
import gc


async def waiter():
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        print("waiter's finally runs")


async def main():
    asyncio.create_task(waiter(), name="orphan")
    await asyncio.sleep(0)
    print("collecting")
    gc.collect()
    print("collected")
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
