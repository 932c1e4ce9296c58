# A Queue subclass that overrides the steps put() and get() go through
# (full, empty, _put, _get, qsize) sees every one of them called, as in
# CPython; a plain Queue blocks and wakes in the same order.
import asyncio


class Logged(asyncio.Queue):
    def full(self):
        r = super().full()
        print("  full() ->", r)
        return r

    def empty(self):
        r = super().empty()
        print("  empty() ->", r)
        return r

    def qsize(self):
        r = super().qsize()
        print("  qsize() ->", r)
        return r

    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item


class Capped(asyncio.Queue):
    # full after two items whatever the maxsize says
    def full(self):
        return self.qsize() >= 2


async def producer(q, items, tag):
    for item in items:
        print(tag, "putting", item)
        await q.put(item)
        print(tag, "put", item)


async def consumer(q, n, tag):
    got = []
    for _ in range(n):
        got.append(await q.get())
        q.task_done()
        print(tag, "got", got[-1])
    return got


async def main():
    print("Logged, maxsize 1")
    q = Logged(maxsize=1)
    await asyncio.gather(producer(q, "ab", "P"), consumer(q, 2, "C"))

    print("Capped")
    q = Capped()
    await asyncio.gather(producer(q, [1, 2, 3], "P"), consumer(q, 3, "C"))

    print("plain Queue, maxsize 2, two producers")
    q = asyncio.Queue(2)
    results = await asyncio.gather(producer(q, "xyz", "P1"), producer(q, "uv", "P2"), consumer(q, 5, "C"))
    print(results[2], q.qsize(), q.empty(), q.full())

    print("a blocked put cancelled")
    q = asyncio.Queue(1)
    await q.put("first")
    blocked = asyncio.create_task(q.put("second"))
    await asyncio.sleep(0)
    blocked.cancel()
    try:
        await blocked
    except asyncio.CancelledError:
        print("put cancelled;", q.qsize(), "item(s):", q.get_nowait())
    await q.put("third")
    print(q.get_nowait(), q.empty())

    print("a blocked get cancelled, then one served")
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    waiting = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("served")
    print(await waiting, getter.cancelled())
    for _ in range(3):
        q.task_done()
    await q.join()
    print("joined")


asyncio.run(main())
