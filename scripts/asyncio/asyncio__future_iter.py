# What awaiting an asyncio.Future does, step by step: the iterator that
# Future.__await__ returns yields the future once while it is pending,
# then returns its result (or raises its exception).
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, iter(it) is it)
    print(next(it) is fut, fut._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut.set_result("값")
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration:", e.value)

    # awaiting a future that is already done does not suspend
    print(await fut)

    # driving a coroutine that awaits a future by hand
    async def waiter(f):
        value = await f
        return value * 2

    f2 = loop.create_future()
    coro = waiter(f2)
    print(coro.send(None) is f2)
    f2.set_result(21)
    try:
        coro.send("sent values are ignored")
    except StopIteration as e:
        print("returned", e.value)

    # an exception thrown into the awaiting coroutine
    f3 = loop.create_future()
    coro = waiter(f3)
    coro.send(None)
    try:
        coro.throw(ValueError("던짐"))
    except ValueError as e:
        print("ValueError:", e)

    # exceptions and cancellation come out of the await
    f4 = loop.create_future()
    loop.call_soon(f4.set_exception, KeyError("k"))
    try:
        await f4
    except KeyError as e:
        print("KeyError:", e)
    f5 = loop.create_future()
    loop.call_soon(f5.cancel, "그만")
    try:
        await f5
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args)

    # a task waiting on a future shows it as what it awaits
    f6 = loop.create_future()
    task = asyncio.create_task(waiter(f6))
    await asyncio.sleep(0)
    print(type(task.get_coro().cr_await).__name__, task.get_coro().cr_frame is not None)
    f6.set_result(50)
    print(await task)

    # a generator-based coroutine delegating with yield from (__iter__)
    def legacy(f):
        return (yield from f)

    f7 = loop.create_future()
    gen = legacy(f7)
    print(next(gen) is f7)
    f7.set_result("old style")
    try:
        next(gen)
    except StopIteration as e:
        print("StopIteration:", e.value)


asyncio.run(main())
