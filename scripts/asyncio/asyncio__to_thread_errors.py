# Errors and cancellation with functions run in a thread (to_thread,
# run_in_executor): exceptions come back at the await, a cancelled await
# does not stop a thread that already runs, and asyncio.run waits for the
# threads before it returns.
import asyncio
import time


def fails(message):
    time.sleep(0.01)
    raise ValueError(message)


def slow_job(name, seconds):
    time.sleep(seconds)
    print(name, "finished anyway")
    return name


async def main():
    try:
        await asyncio.to_thread(fails, "잘못된 값")
    except ValueError as e:
        print("caught:", e)

    # not callable: the thread raises when it calls it
    try:
        await asyncio.to_thread(42)
    except TypeError as e:
        print("TypeError:", e)

    # cancelled while the thread sleeps: the thread finishes anyway
    task = asyncio.create_task(asyncio.to_thread(slow_job, "first", 0.1))
    await asyncio.sleep(0.03)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("the await was cancelled")
    await asyncio.sleep(0.15)

    # a timeout around a thread
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_job, "second", 0.1), timeout=0.03)
    except TimeoutError:
        print("timed out")

    # still running when main returns: asyncio.run waits for it
    asyncio.create_task(asyncio.to_thread(slow_job, "third", 0.05))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")


async def uncaught():
    await asyncio.to_thread(fails, "no handler")


asyncio.run(uncaught())
