# PEP 479 and PEP 525: StopIteration escaping a generator, a coroutine or
# an async generator, and StopAsyncIteration escaping an async generator,
# become RuntimeErrors with their own messages.
import asyncio
async def ag_sai():
    yield 1
    raise StopAsyncIteration
async def ag_si():
    yield 1
    raise StopIteration
async def co_si():
    raise StopIteration
def gen_si():
    yield 1
    raise StopIteration
async def main():
    for make in (ag_sai, ag_si):
        g = make()
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print("RuntimeError", e, type(e.__cause__).__name__)
    try:
        await co_si()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    g = gen_si(); next(g)
    try:
        next(g)
    except RuntimeError as e:
        print("RuntimeError", e)
    async def plain_sai():
        raise StopAsyncIteration
    try:
        await plain_sai()
    except StopAsyncIteration as e:
        print("coroutine may raise StopAsyncIteration", repr(e))
asyncio.run(main())
