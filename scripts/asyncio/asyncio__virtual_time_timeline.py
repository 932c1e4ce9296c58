# --virtual-time: a timeline of tasks with distinct delays, printed in seconds since the start.
import asyncio

start = None


def stamp(text):
    now = asyncio.get_running_loop().time()
    print(f"[t={now - start:7.1f}s] {text}")


async def cook(dish, minutes):
    stamp(f"start {dish}")
    await asyncio.sleep(minutes * 60)
    stamp(f"{dish} ready")
    return dish


async def main():
    global start
    start = asyncio.get_running_loop().time()
    tasks = [asyncio.create_task(cook(d, m)) for d, m in [("rice", 20), ("soup", 45), ("kimchi", 0.5)]]
    for next_done in asyncio.as_completed(tasks):
        dish = await next_done
        stamp(f"served {dish}")
    queue = asyncio.Queue()

    async def producer():
        for i in range(3):
            await asyncio.sleep(600)
            await queue.put(i)
            stamp(f"put {i}")

    async def consumer():
        for _ in range(3):
            item = await queue.get()
            await asyncio.sleep(60)
            stamp(f"handled {item}")

    await asyncio.gather(producer(), consumer())
    stamp("all done")


asyncio.run(main())
