# An async generator left suspended by `break` is closed by the event
# loop: its aclose() becomes a task. When the main coroutine ends before
# that task has run, asyncio.run cancels it, and the generator sees
# CancelledError at its yield (GeneratorExit when the loop had a turn).
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        return self

    async def __aexit__(self, kind, value, tb):
        print("close", self.name, kind.__name__ if kind else None)
        return False


async def numbers(name):
    try:
        async with Resource(name):
            for i in range(3):
                yield i
    finally:
        print(name, "finally")


async def main():
    async for n in numbers("first"):
        print("first got", n)
        break
    print("after break, giving way")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async for n in numbers("second"):
        print("second got", n)
        break
    print("main ends without giving way")


asyncio.run(main())
print("after run")
