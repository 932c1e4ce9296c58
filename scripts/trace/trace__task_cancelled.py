# With --trace: a task cancelled while it waits on sleep(): cancel requested,
# the step that throws CancelledError in, the task cancelled, and the awaiter.
import asyncio

async def patient():
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        print("patient: cancelled while sleeping")
        raise

async def main():
    t = asyncio.create_task(patient())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: the task is cancelled:", t.cancelled())

asyncio.run(main())
