# await chains 20 coroutines deep, 100 000 times, without sleeping.
import asyncio


async def level(n):
    if n == 0:
        return 1
    return await level(n - 1) + 1


async def main():
    total = 0
    for _ in range(100000):
        total += await level(20)
    print(total)


asyncio.run(main())
