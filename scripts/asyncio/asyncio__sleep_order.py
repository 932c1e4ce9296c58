# Tasks sleeping for different times wake up in deadline order; sleep(0) yields once.
import asyncio

async def napper(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return delay

async def main():
    out = []
    tasks = [asyncio.create_task(napper(n, d, out)) for n, d in [("c", 0.03), ("a", 0.01), ("b", 0.02), ("zero", 0)]]
    print(await asyncio.gather(*tasks))
    print(out)
    order = []
    async def step(tag):
        for i in range(3):
            order.append(f"{tag}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(step("x"), step("y"))
    print(order)
    print(await asyncio.sleep(0.001, result="결과"))

asyncio.run(main())
