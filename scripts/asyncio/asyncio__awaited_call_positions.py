# Awaited calls in every position: with defaults, keywords, cells, methods,
# inside try/finally, async with, async for and comprehensions; suspending
# several times; raising after a suspension; the recursion limit caught.
import asyncio
import sys


class Gate:
    def __init__(self):
        self.log = []

    async def __aenter__(self):
        self.log.append("enter")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        self.log.append(f"exit {exc[0].__name__ if exc[0] else None}")
        return False

    async def double(self, x, *, twice=True):
        await asyncio.sleep(0)
        return x * (2 if twice else 1)


async def with_defaults(a, b=10, *rest, c=1, **kw):
    return a + b + sum(rest) + c + len(kw)


def make_counter():
    count = 0

    async def bump(by=1):
        nonlocal count
        count += by
        if count % 3 == 0:
            await asyncio.sleep(0)
        return count

    return bump


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def several(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
    return total


async def fails_later():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise ValueError("늦은 실패")


async def down(n):
    return 0 if n == 0 else await down(n - 1) + 1


async def main():
    print(await with_defaults(1), await with_defaults(1, 2, 3, 4, c=5, d=6))
    bump = make_counter()
    print([await bump() for _ in range(5)], await bump(by=10))
    g = Gate()
    async with g as gate:
        print("doubled", await gate.double(21), await gate.double(5, twice=False))
    print(g.log)
    try:
        async with g:
            await fails_later()
    except ValueError as e:
        print("caught", e, g.log[-1])
    print([await several(k) async for k in ticks(4)])
    print(await several(5))
    for attempt in range(2):
        try:
            await fails_later()
        except ValueError as e:
            print("attempt", attempt, e)
        finally:
            print("  finally", attempt)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(120)
    try:
        await down(500)
    except RecursionError:
        print("RecursionError caught, and the loop goes on:", await down(10))
    sys.setrecursionlimit(limit)
    results = await asyncio.gather(*(several(i) for i in range(4)), fails_later(), return_exceptions=True)
    print(results)


asyncio.run(main())
