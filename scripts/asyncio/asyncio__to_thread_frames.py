# Functions run by to_thread whose time.sleep is deep in their frames: in
# a generator the thread iterates, at the bottom of a recursion, in a
# __call__ or a method, in a try/finally; and a recursion that never ends.
import asyncio, time

def gen():
    for i in range(3):
        time.sleep(0.01)   # inside a generator running in the thread
        yield i

def consumer():
    total = 0
    for v in gen():
        total += v
    return total

class Worker:
    def __call__(self, n):
        time.sleep(0.01)
        return n + 1
    def method(self, n):
        time.sleep(0.01)
        return n * 2

def deep(n):
    if n == 0:
        time.sleep(0.01)
        return 0
    return 1 + deep(n - 1)

def recurse_forever(n):
    return recurse_forever(n + 1)

def with_try():
    try:
        time.sleep(0.01)
        raise KeyError("k")
    finally:
        print("finally in thread")

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.005)

async def main():
    print(await asyncio.gather(asyncio.to_thread(consumer), ticker()))
    w = Worker()
    print(await asyncio.to_thread(w, 1), await asyncio.to_thread(w.method, 5))
    print(await asyncio.to_thread(deep, 100))
    try:
        await asyncio.to_thread(recurse_forever, 0)
    except RecursionError as e:
        print("RecursionError", e)
    try:
        await asyncio.to_thread(with_try)
    except KeyError as e:
        print("KeyError", e)
    g = await asyncio.to_thread(gen)
    print(type(g).__name__, list(g))

asyncio.run(main())
