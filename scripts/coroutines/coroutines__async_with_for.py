# Checks async with (enter/exit order, suppression, return inside) and async for (else, break, continue, errors).
import asyncio

class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    async with Res("a") as r, Res("b"):
        print("inside", r.name)
    async with Res("c"):
        raise KeyError("swallowed")
    try:
        async with Res("d"):
            raise ValueError("x")
    except ValueError as e:
        print("caught", e)
    async for i in Counter(3):
        print("item", i)
    else:
        print("loop else")
    async for i in Counter(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("got", i)
    async def inner():
        async with Res("e"):
            return "from inside"
    print(await inner())
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())
