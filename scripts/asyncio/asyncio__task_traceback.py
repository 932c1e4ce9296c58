# An exception raised three awaits deep inside a task propagates through await to asyncio.run and is printed with the full chain of frames.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(items):
    out = []
    for item in items:
        out.append(await parse(item))
    return out


async def worker(items):
    values = await load(items)
    return sum(values)


async def main():
    task = asyncio.create_task(worker(["1", "2", "셋"]))
    print("waiting")
    print(await task)


asyncio.run(main())
