# With --trace: asyncio tasks — created, stepped, waiting on sleep() futures whose timers fire (far enough apart to fire in order), finished — and the coroutines they drive.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    t1 = asyncio.create_task(job("a", 0.3))
    t2 = asyncio.create_task(job("b", 0.1))
    print(await t1, await t2)

asyncio.run(main())
