# A long asyncio.Queue (a thousand items put at once, thousands through
# unbounded and bounded queues): order, sizes and emptiness as in CPython,
# and each get stays cheap (the items move to a deque once the queue is long).
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        out.append(item)

async def main():
    q = asyncio.Queue()
    for i in range(1000):
        q.put_nowait(i)
    print(q.qsize(), q.empty(), type(q._queue).__name__)
    got = [q.get_nowait() for _ in range(600)]
    print(got[:3], got[-1], q.qsize(), str(q)[:40])
    while not q.empty():
        q.get_nowait()
    print(q.qsize(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    out = []
    q2 = asyncio.Queue()
    await asyncio.gather(producer(q2, 5000), consumer(q2, out))
    print(len(out), sum(out), out[:3], out[-1])
    bq = asyncio.Queue(maxsize=300)
    out2 = []
    await asyncio.gather(producer(bq, 2000), consumer(bq, out2))
    print(len(out2), sum(out2))
    pq = asyncio.PriorityQueue()
    for i in (5, 1, 3) * 200:
        pq.put_nowait(i)
    print([pq.get_nowait() for _ in range(4)], pq.qsize())
    lq = asyncio.LifoQueue()
    for i in range(500):
        lq.put_nowait(i)
    print(lq.get_nowait(), lq.qsize())

asyncio.run(main())
