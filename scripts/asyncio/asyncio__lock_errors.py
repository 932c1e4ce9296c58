# Lock/Semaphore misuse: releasing an unlocked lock, BoundedSemaphore released too often, a negative semaphore value, and fairness of waiters.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock.release:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("BoundedSemaphore.release:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("Semaphore(-1):", e)

    order = []

    async def user(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

    await asyncio.gather(*(user(n) for n in "abcde"))
    print("lock order:", "".join(order))
    print("locked after:", lock.locked())
    s = asyncio.Semaphore(2)
    print("semaphore locked?", s.locked())
    async with s:
        async with s:
            print("both taken, locked?", s.locked())
    print("released, locked?", s.locked())


asyncio.run(main())
