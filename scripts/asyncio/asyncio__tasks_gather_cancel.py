# Checks asyncio.run, gather (order and return_exceptions), create_task, wait_for timeouts, cancellation and futures.
import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)
    return n

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.02, log), worker("b", 0.01, log), ticker(3))
    print(results)
    print(log)
    t = asyncio.create_task(worker("c", 0.01, log), name="job")
    print(t.get_name(), t.done())
    r = await t
    print(r, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    t2 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled", t2.cancelled())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "later")
    print(await fut)
    try:
        await asyncio.gather(worker("x", 0, log), asyncio.sleep(0.001, result=5), return_exceptions=False)
    except Exception as e:
        print("err", e)
    res = await asyncio.gather(asyncio.sleep(0, result=1), fail(), return_exceptions=True)
    print(res)
    return "main done"

async def fail():
    raise ValueError("boom")

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
