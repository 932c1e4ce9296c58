# Checks async comprehensions (list, dict, set, nested, async generator expressions) and await inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print({x: x * x async for x in agen(3) if x})
    print({x % 2 async for x in agen(5)})
    print([await double(x) for x in range(3)])
    print([y for x in range(2) async for y in agen(x + 2)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])

asyncio.run(main())
