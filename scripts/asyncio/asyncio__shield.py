# Checks asyncio.shield: the inner task keeps running when the outer await is cancelled or times out, results and exceptions pass through, and an already-done future is returned as is.
import asyncio


async def important(name, log, gate, fail=False):
    log.append(f"{name} 시작")
    await gate.wait()
    if fail:
        raise RuntimeError(f"{name} 망함")
    log.append(f"{name} 끝")
    return f"{name} 결과"


async def main():
    log = []
    gate = asyncio.Event()
    inner = asyncio.create_task(important("A", log, gate))

    async def caller():
        return await asyncio.shield(inner)

    c = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        log.append("caller cancelled")
    print(inner.cancelled(), inner.done())
    gate.set()
    print(await inner)

    gate = asyncio.Event()
    t = asyncio.create_task(important("B", log, gate))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except asyncio.TimeoutError:
        log.append("timeout but B continues")
    print(t.done())
    gate.set()
    print(await t)

    print(await asyncio.shield(important("C", log, gate)))
    try:
        await asyncio.shield(important("D", log, gate, True))
    except RuntimeError as e:
        print("RuntimeError:", e)

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)

    t3 = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(t3)
    print(outer is t3, type(outer).__name__)
    t3.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too:", outer.cancelled())

    gate = asyncio.Event()
    t4 = asyncio.create_task(important("E", log, gate))
    outer4 = asyncio.shield(t4)
    outer4.cancel()
    print(outer4.cancelled(), t4.cancelled())
    gate.set()
    print(await t4)
    print("\n".join(log))


asyncio.run(main())
