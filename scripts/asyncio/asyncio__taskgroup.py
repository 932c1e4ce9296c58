# Checks asyncio.TaskGroup (3.11): waiting for every task, failures cancelling the other tasks and the body, ExceptionGroup("unhandled errors in a TaskGroup"), errors in the body, an outside cancellation and create_task misuse.
import asyncio


async def job(name, delay, log, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail is not None:
        log.append(f"{name} raises")
        raise fail
    log.append(f"{name} done")
    return name * 2


async def fail_now(exc):
    raise exc


def show(eg):
    print(type(eg).__name__, "|", eg, "|", eg.message)
    print("  ", repr(eg.exceptions))
    print("  ", repr(eg))


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.05, log))
        t2 = tg.create_task(job("b", 0.01, log), name="두번째")
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name(), repr(tg))
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.01, log, ValueError("나쁜 값")))
            tg.create_task(job("y", 0.5, log))
            await asyncio.sleep(1)
            log.append("body not reached")
    except Exception as eg:
        show(eg)
        print("  subgroup:", repr(eg.subgroup(ValueError)), eg.subgroup(TypeError))
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_now(ValueError(1)))
            tg.create_task(fail_now(TypeError(2)))
            tg.create_task(job("z", 0.5, log))
    except Exception as eg:
        show(eg)
        match, rest = eg.split(TypeError)
        print("  split:", repr(match), repr(rest))

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("w", 0.5, log))
            await asyncio.sleep(0.01)
            raise KeyError("본문")
    except Exception as eg:
        show(eg)
    print(log)

    log = []

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("p", 0.5, log))
            await asyncio.sleep(0.5)

    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled", t.cancelled(), log)

    async with asyncio.TaskGroup() as tg:
        pass
    c = job("late", 0, log)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    tg2 = asyncio.TaskGroup()
    print(repr(tg2))
    c = job("early", 0, log)
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg2:
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)

    # tasks added from inside other tasks of the group
    order = []
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            order.append("spawner")
            tg.create_task(job("child", 0.01, order))
        tg.create_task(spawner())
    print(order)


asyncio.run(main())
