# set_exception_handler, call_exception_handler, default_exception_handler and errors in callbacks.
import asyncio


async def boom(n):
    await asyncio.sleep(0)
    raise RuntimeError(f"boom {n}")


def handler(loop, context):
    exc = context.get("exception")
    print("handler got:", context["message"].split(" at ")[0], type(exc).__name__, sorted(context))


def bad_handler(loop, context):
    raise OSError("handler failed")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    asyncio.create_task(boom(1))
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom", "exception": ValueError("v")})
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to stderr", "detail": 42})
    loop.default_exception_handler({"message": "direct", "exception": KeyError("k")})
    try:
        loop.set_exception_handler(3)
    except TypeError as e:
        print("TypeError:", e)

    def callback(x):
        raise ValueError(f"callback {x}")

    loop.call_soon(callback, 7)
    await asyncio.sleep(0)
    loop.set_exception_handler(bad_handler)
    loop.call_exception_handler({"message": "with a bad handler"})
    loop.set_exception_handler(None)
    print("done")


asyncio.run(main())
