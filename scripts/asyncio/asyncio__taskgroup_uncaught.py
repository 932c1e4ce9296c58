# A TaskGroup whose tasks fail, uncaught: the ExceptionGroup traceback (asyncio's own frames are left out).
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"task {n} failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(2))
        tg.create_task(asyncio.sleep(1))


asyncio.run(main())
