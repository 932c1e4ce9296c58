# Several children at once, with sleeps in between: gather keeps argument order.
import asyncio


async def square(n):
    proc = await asyncio.create_subprocess_shell(
        f"sleep 0.{5 - n}; echo $(({n} * {n}))", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print("finished", n)
    return int(out)


async def ticker():
    for i in range(3):
        await asyncio.sleep(0)
    return "ticker done"


async def main():
    results = await asyncio.gather(*(square(n) for n in range(1, 5)), ticker())
    print(results)
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t


asyncio.run(main())
