# Checks asyncio.Queue: producers and consumers with join()/task_done(), a bounded queue blocking put(), qsize/empty/full, QueueFull/QueueEmpty, str() and the task_done() error.
import asyncio


async def producer(name, q, n, log):
    for i in range(n):
        item = f"{name}{i}"
        await q.put(item)
        log.append(f"put {item} qsize={q.qsize()} full={q.full()}")
    log.append(f"{name} finished")


async def consumer(name, q, log):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    log = []
    producers = [asyncio.create_task(producer(n, q, 3, log)) for n in ("가", "나")]
    await asyncio.sleep(0)
    print(str(q))
    consumers = [asyncio.create_task(consumer(f"소비자{i}", q, log)) for i in range(2)]
    await asyncio.gather(*producers)
    await q.join()
    log.append("joined")
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print("\n".join(log))
    print([type(r).__name__ for r in res], str(q))

    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q2.get_nowait(), str(q2))
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q2.join()
    print("join on a finished queue returns at once")

    # get() with a timeout, and a cancelled getter
    q3 = asyncio.Queue()
    try:
        await asyncio.wait_for(q3.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out", str(q3))
    g1 = asyncio.create_task(q3.get())
    g2 = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    print(str(q3))
    g1.cancel()
    await asyncio.sleep(0)
    q3.put_nowait("값")
    print(await g2, g1.cancelled(), str(q3))

    # unbounded queue never full
    q4 = asyncio.Queue()
    for i in range(100):
        q4.put_nowait(i)
    print(q4.full(), q4.qsize(), sum([q4.get_nowait() for _ in range(100)]))


asyncio.run(main())
