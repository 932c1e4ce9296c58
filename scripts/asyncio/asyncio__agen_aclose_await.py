# aclose() and athrow() of an async generator whose cleanup awaits: the
# awaits suspend the close like any other, and the close still ends cleanly.
import asyncio


async def stream(name):
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        await asyncio.sleep(0)
        print(name, "cleanup after await")


async def catches(name):
    try:
        yield 1
    except GeneratorExit:
        await asyncio.sleep(0.01)
        print(name, "saw GeneratorExit")
        raise


async def stubborn():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        yield 2


async def recovers():
    while True:
        try:
            yield "value"
        except ValueError as e:
            await asyncio.sleep(0)
            print("handled", e)


async def other(log):
    for i in range(3):
        log.append(f"other {i}")
        await asyncio.sleep(0)


async def main():
    g = stream("a")
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())  # closed already: nothing happens

    g = catches("b")
    await g.__anext__()
    await g.aclose()
    print("b closed")

    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    g = recovers()
    await g.__anext__()
    print(await g.athrow(ValueError("oops")))
    await g.aclose()

    # other tasks run while a close awaits
    log = []
    g = stream("c")
    await g.__anext__()
    await asyncio.gather(g.aclose(), other(log))
    print(log)

    async for item in stream("d"):
        print(item)
        break
    await asyncio.sleep(0.05)


asyncio.run(main())
print("done")
