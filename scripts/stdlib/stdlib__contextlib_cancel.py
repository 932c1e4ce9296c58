# asynccontextmanager under timeout and cancellation; exceptions converted
# or passed through by @contextmanager.
import asyncio
from contextlib import asynccontextmanager, contextmanager

@asynccontextmanager
async def lock_held(name):
    print("acquire", name)
    try:
        yield
    finally:
        print("release", name)

async def slow():
    async with lock_held("slow"):
        await asyncio.sleep(1)

async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())

asyncio.run(main())

@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("bad math") from e

try:
    with converting():
        1 / 0
except ValueError as e:
    print(repr(e), repr(e.__cause__))

@contextmanager
def stop_it():
    yield

def g():
    with stop_it():
        raise StopIteration("inner")
try:
    g()
except StopIteration as e:
    print("StopIteration passed through:", e)
