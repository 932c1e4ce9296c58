# IncompleteReadError, LimitOverrunError and readline's ValueError.
import asyncio


async def serve(reader, writer):
    what = await reader.readline()
    if what == b"short\n":
        writer.write(b"abc")
    elif what == b"long\n":
        writer.write(b"x" * 40 + b"\n" + b"y" * 40 + b";" + b"ok\n")
    else:
        writer.write(b"no separator here")
    await writer.drain()
    writer.close()


async def ask(port, what, limit=2 ** 16):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=limit)
    writer.write(what + b"\n")
    return reader, writer


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await ask(port, b"short")
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
        print(isinstance(e, EOFError))
    writer.close()

    reader, writer = await ask(port, b"nosep")
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print(e, e.partial, e.expected)
    print(reader.at_eof())
    writer.close()

    reader, writer = await ask(port, b"long", limit=16)
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    print(len(await reader.readexactly(41)))
    print(await reader.readline())
    writer.close()

    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    server.close()


asyncio.run(main())
