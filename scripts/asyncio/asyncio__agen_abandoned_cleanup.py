# Async generators abandoned while suspended (by break, or left behind when
# main returns) whose cleanup awaits: the loop schedules their aclose(),
# asyncio.run cancels that task before it starts, and the cancellation and
# then GeneratorExit reach the cleanup, as in CPython.
import asyncio

async def stream(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "finally start")
        try:
            await asyncio.sleep(0)
        except BaseException as e:
            print(name, "got", type(e).__name__)
            raise
        print(name, "closed")

async def main():
    async for i in stream("dropped"):
        break
    print("main end", len(asyncio.all_tasks()))

asyncio.run(main())
print("end")


# the same with a generator kept by a name until main returns, and one
# abandoned by break
async def main2():
    kept = stream("kept")
    await kept.__anext__()
    async for i in stream("dropped"):
        break
    print("main2 end")


asyncio.run(main2())
print("end 2")
