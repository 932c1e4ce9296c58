import asyncio
from contextlib import (contextmanager, asynccontextmanager, suppress, nullcontext,
                        closing, aclosing, ExitStack, AsyncExitStack)


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    {}["missing"]
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@tag("decorated")
def work():
    print("working")


work()
work()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

with nullcontext(42) as v:
    print("nullcontext", v)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)

with ExitStack() as stack:
    for n in range(3):
        stack.enter_context(tag(f"h{n}"))
    stack.callback(print, "callback ran")
    print("body")

try:
    with ExitStack() as stack:
        stack.enter_context(suppress(ValueError))
        stack.callback(print, "cleanup")
        raise ValueError("hidden")
    print("exit stack suppressed it")
except ValueError:
    print("unexpected")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)


@asynccontextmanager
async def connection(name):
    print("connect", name)
    await asyncio.sleep(0.01)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0)
        print("disconnect", name)


@asynccontextmanager
async def timer_guard():
    try:
        yield
    except asyncio.TimeoutError:
        print("timed out, handled")


async def ticker():
    for i in range(3):
        yield i
        await asyncio.sleep(0)


async def main():
    async with connection("a") as c:
        print("got", c)
    try:
        async with connection("b"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    async with timer_guard():
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    async with nullcontext("n") as n:
        print("async nullcontext", n)
    async with aclosing(ticker()) as t:
        async for i in t:
            print("tick", i)
            if i == 1:
                break
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(x)) for x in "xy"]
        stack.push_async_callback(asyncio.sleep, 0)
        print("pool", conns)

    @connection("deco")
    async def job():
        print("job body")
        return 7
    print("job returned", await job())

asyncio.run(main())
