# Checks asyncio.PriorityQueue (heap order, including str() of the heap and equal priorities) and asyncio.LifoQueue, with waiting getters and putters.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(5, "다섯"), (1, "하나"), (3, "셋"), (1, "일"), (4, "넷"), (2, "둘"), (9, "아홉"), (0, "영")]:
        pq.put_nowait(item)
        print(str(pq))
    out = []
    while not pq.empty():
        out.append(pq.get_nowait())
        if len(out) == 3:
            print(str(pq))
    print(out)

    nums = asyncio.PriorityQueue()
    for n in [7, 3, 9, 3, 1, 8, 2, 6, 5, 4, 0]:
        await nums.put(n)
    print(str(nums))
    print([await nums.get() for _ in range(nums.qsize())])

    lq = asyncio.LifoQueue()
    for i in range(5):
        lq.put_nowait(i)
    print(str(lq), lq.qsize())
    print([lq.get_nowait() for _ in range(5)])

    # bounded priority queue with a waiting putter
    bq = asyncio.PriorityQueue(maxsize=2)
    await bq.put((2, "b"))
    await bq.put((1, "a"))
    t = asyncio.create_task(bq.put((0, "z")))
    await asyncio.sleep(0)
    print(str(bq), t.done())
    print(await bq.get())
    await asyncio.sleep(0)
    print(str(bq), t.done())
    print(await bq.get(), await bq.get())
    for i in range(3):
        bq.task_done()
    await bq.join()

    # getters are served in order
    lifo = asyncio.LifoQueue()
    got = []

    async def getter(name):
        got.append((name, await lifo.get()))

    gs = [asyncio.create_task(getter(n)) for n in ("첫째", "둘째")]
    await asyncio.sleep(0)
    lifo.put_nowait("A")
    lifo.put_nowait("B")
    await asyncio.gather(*gs)
    print(got)


asyncio.run(main())
