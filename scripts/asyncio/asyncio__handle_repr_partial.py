# Reprs of callback handles whose callback is a functools.partial: the
# wrapped function with the partial's arguments, then the call's, and where
# the function is defined.
import asyncio
import functools


def cb(x, tag=None):
    print("cb", x, tag)


def show(handle):
    # the repr, with the file's name only and no clock value
    head, _, where = repr(handle).rpartition(" at ")
    text = f"{head} at {where.rsplit('/', 1)[-1]}" if head else repr(handle)
    print(" ".join(word for word in text.split(" ") if not word.startswith("when=")))


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(functools.partial(cb, 1, tag="p"))
    show(h)
    h2 = loop.call_soon(functools.partial(functools.partial(cb, 2), tag="q"))
    show(h2)
    h3 = loop.call_later(10, functools.partial(cb, 3), "extra")
    show(h3)
    h3.cancel()
    show(h3)
    await asyncio.sleep(0)


asyncio.run(main())
