# Several clients talk to one server concurrently; gather keeps their order.
import asyncio

connections = 0


async def handle(reader, writer):
    global connections
    connections += 1
    name = (await reader.readline()).decode().strip()
    number = int((await reader.readline()).decode())
    writer.write(f"{name}: {number * number}\n".encode())
    await writer.drain()
    writer.close()


async def client(port, name, number):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.01 * number)
    writer.writelines([name.encode(), b"\n", str(number).encode(), b"\n"])
    reply = await reader.read()
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip()


async def main():
    async with await asyncio.start_server(handle, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        results = await asyncio.gather(*(client(port, f"client-{i}", i) for i in range(5, 0, -1)))
        for line in results:
            print(line)
    print("connections:", connections)


asyncio.run(main())
