# A done callback that raises is reported by the loop's exception handler,
# naming the callback and the future it was called with; the other
# callbacks, and the tasks waiting on the future, still run.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].replace(__file__, "FILE"), type(exc).__name__, exc)


def bad(fut):
    raise ValueError(f"bad callback for {fut.result()}")


def good(fut):
    print("good callback sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(good)

    async def waiter():
        print("waiter got", await fut)

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    loop.call_soon(fut.set_result, 1)
    await task

    # added after the future is done: scheduled at once, reported the same
    fut.add_done_callback(bad)
    await asyncio.sleep(0)

    # a single callback on a task
    async def value():
        return 5

    t = asyncio.create_task(value())
    t.add_done_callback(bad)
    await t
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
