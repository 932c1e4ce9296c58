# With --trace: an async generator driven by async for, by asend(), by
# athrow() and aclose(), with an await inside it passing through to the loop.
import asyncio

async def numbers(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i

async def echo():
    try:
        got = yield "ready"
        while True:
            got = yield f"echo {got}"
    except KeyError:
        yield "caught KeyError"

async def main():
    async for n in numbers(2):
        print("async for got", n)
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.athrow(KeyError))
    await e.aclose()
    print("closed")

asyncio.run(main())
