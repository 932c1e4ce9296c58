# async with: __aexit__ sees exceptions and may suppress them; __aenter__ results; missing protocol methods give CPython's TypeError.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"open {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"close {self.name}:", exc_type.__name__ if exc_type else None, exc)
        return self.suppress


class NoAsync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("inside", a, b)
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed error")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    try:
        async with NoAsync():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
