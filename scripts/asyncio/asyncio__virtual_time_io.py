# --virtual-time with a TCP server and client in the program: hour-long sleeps between messages finish at once.
import asyncio

finished = None


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    finished.set()


async def main():
    global finished
    finished = asyncio.Event()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(3):
        await asyncio.sleep(3600)
        writer.write(f"ping {i}\n".encode())
        print(await reader.readline(), round(loop.time() - t0))
    writer.close()
    await writer.wait_closed()
    await finished.wait()
    server.close()
    await server.wait_closed()
    print("hours:", round((loop.time() - t0) / 3600))


asyncio.run(main())
