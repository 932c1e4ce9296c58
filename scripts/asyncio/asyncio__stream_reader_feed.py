# StreamReader on its own: feed_data/feed_eof, separators split across chunks, set_exception, two readers at once.
import asyncio

async def main():
    # StreamReader without a transport
    r = asyncio.StreamReader()
    r.feed_data(b"abc\ndef")
    r.feed_eof()
    print(await r.readline(), await r.readline(), await r.readline(), r.at_eof())
    r = asyncio.StreamReader()
    r.feed_data(b"xx--yy-")
    asyncio.get_running_loop().call_later(0.01, r.feed_data, b"-zz")
    print(await r.readuntil(b"--"), await r.readuntil(b"--"))
    r.feed_eof()
    print(await r.read())
    r = asyncio.StreamReader()
    r.set_exception(ValueError("boom"))
    try:
        await r.read()
    except ValueError as e:
        print("read:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)
    r = asyncio.StreamReader()
    async def reader():
        return await r.read(3)
    t = asyncio.create_task(reader())
    await asyncio.sleep(0)
    try:
        await r.read(3)
    except RuntimeError as e:
        print(e)
    r.feed_data(b"12345")
    print(await t)
    print(repr(r))
    print(asyncio.IncompleteReadError(b"ab", 5), repr(asyncio.LimitOverrunError("m", 3)))

asyncio.run(main())
