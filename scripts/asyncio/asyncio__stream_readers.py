# StreamReader: readline, readexactly, readuntil, read(n), read() and at_eof.
import asyncio


async def send_all(reader, writer):
    writer.write(b"first line\nsecond")
    await writer.drain()
    await asyncio.sleep(0.02)
    writer.write(b" line\n12345ABC;DEF;;tail")
    await writer.drain()
    await asyncio.sleep(0.02)
    writer.write(b" and the rest")
    writer.close()


async def main():
    server = await asyncio.start_server(send_all, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readexactly(5))
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";;"))
    print(await reader.read(2))
    print(reader.at_eof())
    print(await reader.read())
    print(reader.at_eof())
    print(await reader.read())
    print(await reader.readline())
    print(await reader.read(10))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
