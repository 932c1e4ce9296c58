# 100 000 tasks sleeping at the same time (peak memory, see README).
import asyncio


async def sleeper(i):
    await asyncio.sleep(0.5)
    return i


async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(100000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
