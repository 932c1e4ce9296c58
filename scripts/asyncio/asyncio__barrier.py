# Checks asyncio.Barrier (3.11): parties released together with distinct indexes, n_waiting/parties/broken, reuse across rounds, async with, and abort() raising BrokenBarrierError.
import asyncio


async def runner(name, barrier, log):
    log.append(f"{name} 도착")
    index = await barrier.wait()
    log.append(f"{name} 출발 {index}")
    return index


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    ts = [asyncio.create_task(runner(n, b, log)) for n in ("갑", "을")]
    await asyncio.sleep(0.01)
    print("waiting", b.n_waiting)
    ts.append(asyncio.create_task(runner("병", b, log)))
    print(await asyncio.gather(*ts))
    print("\n".join(log))
    print(b.n_waiting, b.broken)

    for round_no in range(2):
        idx = await asyncio.gather(*(b.wait() for _ in range(3)))
        print("round", round_no, sorted(idx))

    async def with_block(i):
        async with b as pos:
            return (i, pos)

    print(sorted(await asyncio.gather(*(with_block(i) for i in range(3)))))

    w = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await w
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    await b.reset()
    print(b.broken, b.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
