# With --trace: await delegation between coroutines (indented by depth), a
# coroutine driven by hand with send(None), and a task that fails.
import asyncio

async def fetch(n):
    await asyncio.sleep(0.001)
    return n * 2

async def pipeline():
    a = await fetch(1)
    b = await fetch(a)
    return a + b

async def broken():
    raise ValueError("bad input")

async def main():
    print("pipeline:", await pipeline())
    t = asyncio.create_task(broken())
    try:
        await t
    except ValueError as e:
        print("task failed:", e)

async def instant():
    return "no suspension"

coro = instant()
try:
    coro.send(None)
except StopIteration as stop:
    print("by hand:", stop.value)

asyncio.run(main())
