# Checks asyncio.Lock: acquire/release/locked, FIFO hand-over between waiters, async with, cancelled waiters, the "Lock is not acquired." error and loop binding.
import asyncio


def state(obj):
    # the repr holds an address; keep only the part in brackets
    r = repr(obj)
    return r[r.index("["):]


async def worker(name, lock, log):
    log.append(f"{name} 대기")
    await lock.acquire()
    try:
        log.append(f"{name} 획득 {state(lock)}")
        await asyncio.sleep(0.01)
    finally:
        lock.release()
        log.append(f"{name} 해제")


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), state(lock))
    print(await lock.acquire(), lock.locked(), state(lock))
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    log = []
    await asyncio.gather(*(worker(n, lock, log) for n in ["가", "나", "다"]))
    for line in log:
        print(line)

    async with lock as value:
        print("inside", value, lock.locked())
    print("outside", lock.locked())

    try:
        async with lock:
            raise ValueError("오류")
    except ValueError as e:
        print("caught", e, lock.locked())

    # a cancelled waiter gives its turn to the next one
    await lock.acquire()
    t1 = asyncio.create_task(lock.acquire())
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    t1.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(t1.cancelled(), t2.done(), lock.locked(), state(lock))
    print(await t2, lock.locked())
    lock.release()

    # cancelling the holder inside async with releases the lock
    async def holder():
        async with lock:
            await asyncio.sleep(1)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    print("held", lock.locked())
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("holder cancelled", lock.locked())
    return lock


lock = asyncio.run(main())


async def other_loop():
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    try:
        await t
    except RuntimeError as e:
        msg = str(e)
        print("RuntimeError:", msg[msg.index("]>") + 3:])
    lock.release()

asyncio.run(other_loop())
