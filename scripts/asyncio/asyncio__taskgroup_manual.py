# Checks asyncio.TaskGroup and asyncio.timeout driven by hand through __aenter__/__aexit__ (what `async with` does), and catching their errors.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ZeroDivisionError(f"{name}: 0으로 나눔")
    return name


async def main():
    tg = asyncio.TaskGroup()
    got = await tg.__aenter__()
    print(got is tg, repr(tg))
    a = tg.create_task(job("a", 0.01))
    b = tg.create_task(job("b", 0.02))
    print(await tg.__aexit__(None, None, None), a.result(), b.result())

    tg = asyncio.TaskGroup()
    await tg.__aenter__()
    tg.create_task(job("c", 0.01, True))
    try:
        await tg.__aexit__(None, None, None)
    except BaseException as eg:
        print(type(eg).__name__, eg, [repr(e) for e in eg.exceptions])
        print(eg.__cause__, eg.__suppress_context__)

    cm = asyncio.timeout(0.01)
    await cm.__aenter__()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as exc:
        try:
            await cm.__aexit__(type(exc), exc, None)
        except TimeoutError as e:
            print("TimeoutError from", type(e.__cause__).__name__, cm.expired())

    cm = asyncio.timeout(1)
    await cm.__aenter__()
    await asyncio.sleep(0)
    print(await cm.__aexit__(None, None, None), repr(cm))


asyncio.run(main())
