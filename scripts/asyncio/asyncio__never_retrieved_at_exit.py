# A failed task kept in a global is reported at interpreter exit; its repr names where the coroutine was defined.
import asyncio


async def job():
    await asyncio.sleep(0)
    raise ValueError("kept in a global")


async def main():
    global keep
    keep = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    print(keep.done(), str(keep).endswith("exception=ValueError('kept in a global')>"))
    print("defined at" in repr(keep), "asyncio__never_retrieved_at_exit.py:5" in repr(keep))


asyncio.run(main())
print("after run")
