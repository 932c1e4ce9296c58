# asyncio.sleep on the default loop and on a loop subclass that overrides
# call_later; a sleep's future in a task's repr; cancelling a sleeping task.
import asyncio

class MyLoop(asyncio.SelectorEventLoop):
    def call_later(self, delay, cb, *args, context=None):
        print("call_later", delay, getattr(cb, "__name__", cb))
        return super().call_later(delay, cb, *args, context=context)

async def sleeper(name, d, result=None):
    r = await asyncio.sleep(d, result)
    print(name, "woke", r)
    return r

async def main():
    t = asyncio.create_task(sleeper("a", 0.05, "ra"))
    await asyncio.sleep(0)
    r = repr(t)
    print(r[:r.index(" coro=")], r[r.index("wait_for="):])
    t2 = asyncio.create_task(sleeper("b", 10))
    await asyncio.sleep(0.01)
    t2.cancel("stop")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    print(await t)
    loop = asyncio.get_running_loop()
    print(len(loop._scheduled) if hasattr(loop, "_scheduled") else "?")
    print(await asyncio.gather(*(sleeper(i, 0.01 * (3 - i), i) for i in range(3))))

asyncio.run(main())
loop = MyLoop()
loop.run_until_complete(sleeper("c", 0.01, 5))
loop.close()
