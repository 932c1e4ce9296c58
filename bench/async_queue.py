# 200 000 items through a bounded asyncio.Queue, one producer and one consumer.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    await queue.put(None)


async def consumer(queue):
    total = 0
    count = 0
    while True:
        item = await queue.get()
        queue.task_done()
        if item is None:
            break
        total += item
        count += 1
    return count, total


async def main():
    queue = asyncio.Queue(maxsize=100)
    _, (count, total) = await asyncio.gather(producer(queue, 200000), consumer(queue))
    await queue.join()
    print(count, total)


asyncio.run(main())
