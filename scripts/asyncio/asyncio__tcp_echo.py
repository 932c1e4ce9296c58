# A TCP echo server and client in one program on 127.0.0.1 (port 0).
import asyncio


async def handle_echo(reader, writer):
    while True:
        data = await reader.readline()
        if not data:
            break
        message = data.decode().rstrip()
        print(f"server received {message!r}")
        writer.write(f"echo: {message}\n".encode())
        await writer.drain()
    print("server: client closed the connection")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print("serving on", host, type(port).__name__)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in ["hello", "안녕하세요", "bye"]:
        writer.write(f"{word}\n".encode())
        await writer.drain()
        reply = await reader.readline()
        print(f"client received {reply.decode().rstrip()!r}")
    writer.close()
    await writer.wait_closed()
    print("client closed:", writer.is_closing())
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print("server closed:", server.is_serving())


asyncio.run(main())
