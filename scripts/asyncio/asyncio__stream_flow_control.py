# Flow control: a fast writer and a slow reader; drain() waits (pause_writing/resume_writing) while buffers are full.
import asyncio

CHUNK = b"0123456789abcdef" * 65536  # 1 MiB
COUNT = 8
calls = {"pause": 0, "resume": 0}


class CountingProtocol(asyncio.StreamReaderProtocol):
    def pause_writing(self):
        calls["pause"] += 1
        super().pause_writing()

    def resume_writing(self):
        calls["resume"] += 1
        super().resume_writing()


async def slow_reader(reader, writer):
    total = 0
    while True:
        data = await reader.read(100000)
        if not data:
            break
        total += len(data)
        await asyncio.sleep(0.001)
    writer.write(f"{total}\n".encode())
    await writer.drain()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0, limit=2 ** 15)
    port = server.sockets[0].getsockname()[1]
    reader = asyncio.StreamReader(loop=loop)
    protocol = CountingProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, "127.0.0.1", port)
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    for _ in range(COUNT):
        writer.write(CHUNK)
        await writer.drain()
    writer.write_eof()
    print("server got", int(await reader.readline()), "bytes of", COUNT * len(CHUNK))
    print("at eof:", await reader.read(), reader.at_eof())
    print("paused:", calls["pause"] > 0, "resumed as often:", calls["pause"] == calls["resume"])
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
