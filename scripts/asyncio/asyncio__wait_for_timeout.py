# wait_for: result in time, TimeoutError (3.11: asyncio.TimeoutError is the builtin TimeoutError), the inner task cancelled, timeout=None, and a zero timeout.
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"  {name} was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("slow", 1), timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", type(e) is asyncio.TimeoutError, repr(e))
    print(await asyncio.wait_for(slow("no limit", 0.01), None))
    try:
        await asyncio.wait_for(slow("zero", 0.01), 0)
    except asyncio.TimeoutError:
        print("zero timeout expired")
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("already")
    print(await asyncio.wait_for(done, 0))


asyncio.run(main())
