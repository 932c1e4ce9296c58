# Checks asyncio with async for/async with: an async generator draining a Queue until a sentinel, an async iterator class over an Event-driven feed, async comprehensions and a Lock inside them.
import asyncio

DONE = object()


async def drain(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is DONE:
            return
        yield item


class Ticker:
    def __init__(self, n, lock):
        self.n = n
        self.i = 0
        self.lock = lock

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        async with self.lock:
            await asyncio.sleep(0)
            self.i += 1
            return f"틱{self.i}"


async def producer(q, words):
    for w in words:
        await q.put(w)
        await asyncio.sleep(0)
    await q.put(DONE)


async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q, ["하나", "둘", "셋", "넷"]))
    async for word in drain(q):
        print("got", word, q.qsize())
    await p
    await q.join()
    print("queue empty:", q.empty())

    lock = asyncio.Lock()
    print([t async for t in Ticker(3, lock)])

    q2 = asyncio.Queue()
    for x in range(5):
        q2.put_nowait(x)
    q2.put_nowait(DONE)
    print([x * x async for x in drain(q2) if x % 2 == 0])

    async def slow_square(x):
        await asyncio.sleep(0.001 * (5 - x))
        return x * x

    print([await slow_square(x) for x in range(5)])
    tasks = [asyncio.create_task(slow_square(x)) for x in range(5)]
    print([await t for t in tasks])

    async with asyncio.timeout(1):
        async for t in Ticker(2, lock):
            print(t, lock.locked())


asyncio.run(main())
