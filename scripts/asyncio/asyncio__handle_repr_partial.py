# Reprs of callback handles whose callback is a functools.partial: the
# wrapped function with the partial's arguments, then the call's, and where
# the function is defined.
import asyncio
import functools


def cb(x, tag=None):
    print("cb", x, tag)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(functools.partial(cb, 1, tag="p"))
    print(h)
    h2 = loop.call_soon(functools.partial(functools.partial(cb, 2), tag="q"))
    print(h2)
    h3 = loop.call_later(10, functools.partial(cb, 3), "extra")
    print(repr(h3).split(" when=")[0], repr(h3).split(" ", 2)[2])
    h3.cancel()
    print(h3)
    await asyncio.sleep(0)


asyncio.run(main())
