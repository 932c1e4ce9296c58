# Checks asyncio.Condition: wait/notify(n)/notify_all/wait_for under async with, FIFO wake-ups, a shared Lock, cancellation while waiting and the errors for an un-acquired lock.
import asyncio


async def waiter(name, cond, log):
    async with cond:
        log.append(f"{name} waiting")
        r = await cond.wait()
        log.append(f"{name} notified {r} locked={cond.locked()}")


async def consumer(name, cond, items, log):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        log.append(f"{name} got {item}")


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    log = []
    ws = [asyncio.create_task(waiter(f"w{i}", cond, log)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify()
        log.append("notify()")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
        log.append("notify(2)")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        log.append("notify_all()")
    await asyncio.gather(*ws)
    print("\n".join(log))

    items = []
    log = []
    cs = [asyncio.create_task(consumer(f"c{i}", cond, items, log)) for i in range(3)]
    for x in ["사과", "배", "감"]:
        await asyncio.sleep(0.01)
        async with cond:
            items.append(x)
            cond.notify()
    await asyncio.gather(*cs)
    print("\n".join(log))

    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("shared", shared.locked())
    print("shared", shared.locked())

    async with cond:
        print("wait_for ->", await cond.wait_for(lambda: 42))

    # a cancelled waiter re-acquires the lock before CancelledError leaves wait()
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled, locked =", cond.locked())
                raise

    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("after cancel, locked =", cond.locked())


asyncio.run(main())
