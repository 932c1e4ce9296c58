# "Task exception was never retrieved": tasks and futures dropped with an exception nobody looked at.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"failure {n}")


async def quiet():
    raise KeyError("seen")


async def main():
    asyncio.create_task(fail(1))  # no reference kept: reported once it is done
    await asyncio.sleep(0.01)
    print("first task done")
    t = asyncio.create_task(fail(2), name="named")
    await asyncio.sleep(0.01)
    del t
    print("second task deleted")
    t = asyncio.create_task(quiet())
    await asyncio.sleep(0.01)
    print("retrieved:", repr(t.exception()))
    del t
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError("never raised"))
    del fut
    print("future deleted")
    cancelled = asyncio.get_running_loop().create_future()
    cancelled.set_exception(RuntimeError("cancel() retrieves"))
    cancelled.cancel()
    del cancelled
    local = asyncio.create_task(fail(3))
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())
print("after run")
