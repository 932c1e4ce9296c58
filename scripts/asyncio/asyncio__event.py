# Checks asyncio.Event: set/clear/is_set/wait, waking every waiter in order, waiting on a set event, a cancelled waiter and set()+clear() before the waiters run.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index("["):]


async def waiter(name, ev, log):
    log.append(f"{name} 기다림")
    r = await ev.wait()
    log.append(f"{name} 깨어남 {r}")
    return name


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), state(ev))
    log = []
    tasks = [asyncio.create_task(waiter(n, ev, log)) for n in ("하나", "둘", "셋")]
    await asyncio.sleep(0.01)
    print(state(ev))
    log.append("set() 호출")
    ev.set()
    ev.set()
    print(ev.is_set(), state(ev))
    print(await asyncio.gather(*tasks))
    print("\n".join(log))
    print(await ev.wait())

    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(state(ev))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled", state(ev))

    # set() then clear() before the waiter runs: it still wakes up
    t2 = asyncio.create_task(waiter("넷", ev, log))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t2
    print(log[-1], ev.is_set())

    # one task sets the event for many others
    ev2 = asyncio.Event()
    order = []

    async def setter():
        await asyncio.sleep(0.01)
        order.append("setter")
        ev2.set()
        order.append("setter after set")

    async def w(i):
        await ev2.wait()
        order.append(f"w{i}")

    await asyncio.gather(w(1), setter(), w(2))
    print(order)


asyncio.run(main())
