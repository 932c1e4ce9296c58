# Event-loop API errors: closed loop, running loop twice, no running loop, and get_event_loop/new_event_loop/set_event_loop behaviour.
import asyncio


async def nothing():
    return "nothing"


async def nested(loop):
    try:
        loop.run_until_complete(nothing())
    except RuntimeError as e:
        print("nested run:", e)
    try:
        asyncio.run(nothing())
    except RuntimeError as e:
        print("asyncio.run inside:", e)


def main():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("outside:", e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
    print(loop.run_until_complete(nothing()))
    coro = nested(loop)
    loop.run_until_complete(coro)
    try:
        loop.run_until_complete(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.close()
    print("closed:", loop.is_closed())
    loop.close()
    c = nothing()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("after close:", e)
    c.close()
    try:
        loop.call_soon(print, "x")
    except RuntimeError as e:
        print("call_soon after close:", e)
    asyncio.set_event_loop(None)
    new = asyncio.new_event_loop()
    print("fresh loop time is a float:", isinstance(new.time(), float))
    new.close()


main()
