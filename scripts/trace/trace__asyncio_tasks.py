# With --trace: asyncio tasks — created, stepped, waiting on a future, finished — and the coroutines they drive.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    t1 = asyncio.create_task(job("a", 0.02))
    t2 = asyncio.create_task(job("b", 0.01))
    print(await t1, await t2)

asyncio.run(main())
