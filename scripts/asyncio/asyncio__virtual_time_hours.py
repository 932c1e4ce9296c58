# --virtual-time: hours of asyncio.sleep finish at once, with the loop.time() values of a real run.
import asyncio


async def worker(name, hours):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(hours * 3600)
    print(f"{name} woke after {round(loop.time() - start)} s")
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(3600)
    print("one hour:", round(loop.time() - t0, 3))
    done = await asyncio.gather(worker("slow", 5), worker("fast", 0.5), worker("middle", 2))
    print(done, round(loop.time() - t0))
    fired = []
    loop.call_later(86400, fired.append, "a day")
    loop.call_later(60, fired.append, "a minute")
    loop.call_at(t0 + 9 * 3600, fired.append, "at hour nine")
    await asyncio.sleep(2 * 86400)
    print(fired, round((loop.time() - t0) / 3600, 1), "hours")
    try:
        await asyncio.wait_for(asyncio.sleep(7 * 86400), timeout=3600)
    except asyncio.TimeoutError:
        print("timed out after", round((loop.time() - t0) / 3600, 1), "hours")
    async with asyncio.timeout(10):
        await asyncio.sleep(5)
    print("total days:", round((loop.time() - t0) / 86400, 3))


asyncio.run(main())
