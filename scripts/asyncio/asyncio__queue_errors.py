# Queue edge cases: maxsize and full/empty, QueueFull/QueueEmpty from the nowait methods, task_done too many times, join waiting for consumers.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("하나")
    q.put_nowait("둘")
    print(q.qsize(), q.full())
    try:
        q.put_nowait("셋")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    async def slow_consumer(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.01)
            print(f"  {name} handled {item}")
            q.task_done()

    consumers = [asyncio.create_task(slow_consumer(f"c{i}")) for i in range(2)]
    for i in range(5):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.join()
    print("joined, unfinished work done")
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    unbounded = asyncio.Queue()
    print(unbounded.maxsize, unbounded.full())


asyncio.run(main())
