# serve_forever in a task, cancelled after the clients are served; async with server.
import asyncio


async def handle(reader, writer):
    data = await reader.readexactly(4)
    writer.write(data[::-1])
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("serving before:", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving:", server.is_serving())
    for word in [b"abcd", b"1234"]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(word)
        print(await reader.read())
        writer.close()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("serving after:", server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).startswith("server <Server sockets=()> is closed"))


asyncio.run(main())
