# Cancels a task while it waits at each kind of await point and shows where the CancelledError arrives and that cleanup runs.
import asyncio


async def victim(kind, obj, log):
    try:
        if kind == "sleep":
            await asyncio.sleep(10)
        elif kind == "future":
            await obj
        elif kind == "lock":
            async with obj:
                log.append("lock acquired?!")
        elif kind == "event":
            await obj.wait()
        elif kind == "queue":
            await obj.get()
        elif kind == "semaphore":
            await obj.acquire()
        elif kind == "condition":
            async with obj:
                await obj.wait()
        elif kind == "task":
            await obj
        elif kind == "gather":
            await asyncio.gather(obj, asyncio.sleep(10))
        elif kind == "wait_for":
            await asyncio.wait_for(asyncio.sleep(10), 100)
    except asyncio.CancelledError as e:
        log.append(f"{kind}: cancelled with args {e.args}")
        raise
    finally:
        log.append(f"{kind}: finally")


async def main():
    loop = asyncio.get_running_loop()
    held = asyncio.Lock()
    await held.acquire()
    sem = asyncio.Semaphore(0)
    cond = asyncio.Condition()
    sleeper = asyncio.create_task(asyncio.sleep(10))
    objects = {
        "sleep": None,
        "future": loop.create_future(),
        "lock": held,
        "event": asyncio.Event(),
        "queue": asyncio.Queue(),
        "semaphore": sem,
        "condition": cond,
        "task": sleeper,
        "gather": asyncio.sleep(10),
        "wait_for": None,
    }
    for kind, obj in objects.items():
        log = []
        t = asyncio.create_task(victim(kind, obj, log))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        msg = f"stop {kind}" if len(kind) % 2 else None
        print(kind, "cancel() ->", t.cancel(msg))
        try:
            await t
        except asyncio.CancelledError as e:
            print(" ", kind, "awaiting it raised CancelledError", e.args)
        print(" ", log, t.cancelled())
    print("sleeper after task-await cancel:", sleeper.cancelled())
    print("future after cancel:", objects["future"].cancelled())
    print("lock still locked:", held.locked())


asyncio.run(main())
