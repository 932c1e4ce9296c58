# Where "coroutine ... was never awaited" is reported: at the line that
# frees the coroutine object. Overwriting or deleting a name frees it at
# once; an exception's traceback keeps the frames it left (and so their
# coroutines) alive until the exception is handled and freed.
import asyncio


async def job(n):
    return n


def fails(coro):
    raise ValueError("no")


first = job(1)
first = None
print("after overwriting")

second = job(2)
del second
print("after del")


def local_names():
    x = job(3)
    x = 0
    print("in local_names")
    y = job(4)
    del y
    print("still in local_names")


local_names()

try:
    fails(job(5))
except ValueError as e:
    print("handled", e)
    print("end of handler")
print("after the handler")


def handled_inside():
    try:
        fails(job(6))
    except ValueError:
        print("inside handler")
    print("after inside handler")


handled_inside()
print(type(job(7)).__name__)


async def main():
    try:
        asyncio.run(job(8))
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad in (job, 5, None):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", str(e).split(" at ")[0])


asyncio.run(main())
print("end")
