# traceback's formatting in error handlers (printed to stderr, where the
# golden harness makes CPython's file paths relative).
import asyncio
import sys
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(["1", "x"])
except ValueError:
    print(traceback.format_exc(), end="", file=sys.stderr)
    traceback.print_exc()
    print("only:", traceback.format_exception_only(sys.exc_info()[1]))


def wrap():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


try:
    wrap()
except RuntimeError as exc:
    lines = traceback.format_exception(exc)
    print(len(lines) > 3)
    print("".join(lines), end="", file=sys.stderr)
    print("".join(traceback.format_exception(exc, chain=False)), end="", file=sys.stderr)
    traceback.print_exception(exc, file=sys.stderr)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)

print(repr(traceback.format_exc()))


async def failing(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"task {n} broke")
    return n


async def main():
    results = await asyncio.gather(*(failing(i) for i in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("".join(traceback.format_exception_only(r)), end="")
        else:
            print("ok", r)
    try:
        await failing(2)
    except ValueError:
        traceback.print_exc(file=sys.stderr)

asyncio.run(main())
