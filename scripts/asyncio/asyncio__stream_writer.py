# StreamWriter: get_extra_info, is_closing, writelines, write_eof, bad data types.
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("server read until EOF:", data)
    print("server peer is the client:", writer.get_extra_info("peername") == client_addr[0])
    writer.write(b"got " + str(len(data)).encode())
    writer.close()


client_addr = []


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    client_addr.append(writer.get_extra_info("sockname"))
    peer = writer.get_extra_info("peername")
    print(peer[0], peer[1] == port)
    print(writer.get_extra_info("nothing"), writer.get_extra_info("nothing", "default"))
    print(writer.get_extra_info("socket").getsockname() == client_addr[0])
    try:
        writer.write("text")
    except TypeError as e:
        print("TypeError:", e)
    writer.writelines([b"a", b"bc", b"def"])
    print(writer.can_write_eof())
    writer.write_eof()
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await reader.read())
    print(writer.is_closing())
    writer.close()
    print(writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
