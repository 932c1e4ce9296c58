# asyncio takes as a coroutine anything with the Coroutine protocol (send,
# throw, close and __await__ on its class), as collections.abc.Coroutine
# does: tasks drive it with send() and throw(), and its StopIteration is
# the task's result.
import asyncio


def plain_generator():
    yield
    return 3


class Countdown:
    def __init__(self, steps):
        self.steps = steps

    def send(self, value):
        if self.steps == 0:
            raise StopIteration("liftoff")
        print("countdown", self.steps)
        self.steps -= 1
        return None  # a bare yield: give way for one turn

    def throw(self, typ, val=None, tb=None):
        print("countdown interrupted by", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        raise typ if val is None else val

    def close(self):
        pass

    def __await__(self):
        return self


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    print(asyncio.iscoroutine(plain_generator()), asyncio.iscoroutine(1), asyncio.iscoroutine(Countdown(0)))
    print(await asyncio.create_task(Countdown(2)))
    task = asyncio.ensure_future(Countdown(1))
    print(type(task).__name__, await task)
    print(await asyncio.gather(Countdown(2), ticker("t", 3)))

    stuck = asyncio.create_task(Countdown(100))
    await asyncio.sleep(0)
    stuck.cancel()
    try:
        await stuck
    except asyncio.CancelledError:
        print("cancelled:", stuck.cancelled())


asyncio.run(main())
