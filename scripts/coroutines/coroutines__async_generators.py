# Checks async generators: async for, __anext__/asend/athrow/aclose, finally on close, errors.
import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i * 1.5
    finally:
        print("ticker cleanup")

async def squares(n):
    for i in range(n):
        got = yield i * i
        if got:
            print("got sent", got)

async def main():
    async for v in ticker(3, 0.001):
        print("tick", v)
    agen = squares(4)
    print(type(agen).__name__)
    print(await agen.__anext__())
    print(await agen.asend("안녕"))
    print(await agen.__anext__())
    await agen.aclose()
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("closed -> StopAsyncIteration")
    t = ticker(10, 0)
    async for v in t:
        if v > 2:
            break
        print("early", v)
    await t.aclose()
    g2 = squares(3)
    try:
        await g2.athrow(ValueError("bad"))
    except ValueError as e:
        print("athrow before start:", e)
    try:
        for x in squares(2):
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())
