# Checks asyncio.Semaphore and BoundedSemaphore: limiting concurrency with async with, FIFO order, locked(), acquire/release by hand and the ValueError messages.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index("["):]


async def job(i, sem, gate, stats, log):
    async with sem:
        stats["now"] += 1
        stats["max"] = max(stats["max"], stats["now"])
        log.append(f"start {i} (동시 {stats['now']})")
        # the work ends when its gate opens: the order does not depend on timing
        await gate.wait()
        stats["now"] -= 1
        log.append(f"end {i}")
    return i * i


async def opener(gates):
    for gate in gates:
        for _ in range(10):
            await asyncio.sleep(0)
        gate.set()


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked(), state(sem))
    stats = {"now": 0, "max": 0}
    log = []
    gates = [asyncio.Event() for _ in range(5)]
    asyncio.create_task(opener(gates))
    print(await asyncio.gather(*[job(i, sem, gates[i], stats, log) for i in range(5)]))
    print("\n".join(log))
    print("max", stats["max"], state(sem))

    s0 = asyncio.Semaphore(0)
    print(s0.locked(), state(s0))

    async def taker(name):
        await s0.acquire()
        print("took", name)

    ts = [asyncio.create_task(taker(n)) for n in "abc"]
    await asyncio.sleep(0)
    print(state(s0))
    s0.release()
    s0.release()
    print(state(s0))
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.sleep(0)
    print(state(s0), [t.done() for t in ts], ts[2].cancelled())

    for bad in (-1, -5):
        try:
            asyncio.Semaphore(bad)
        except ValueError as e:
            print("ValueError:", e)

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    async with b:
        async with b:
            print("both", b.locked(), state(b))
    print(b.locked(), state(b))

    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain", state(plain))


asyncio.run(main())
