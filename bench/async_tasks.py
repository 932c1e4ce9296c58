# 50 000 tasks, each giving way four times with sleep(0), gathered.
import asyncio


async def worker(i):
    for _ in range(4):
        await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(50000)))
    print(len(results), sum(results))


asyncio.run(main())
