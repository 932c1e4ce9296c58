# The protocol API: loop.create_server and loop.create_connection with asyncio.Protocol classes.
import asyncio


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        print("server received:", data.decode(), "from", self.transport.get_extra_info("peername")[0])
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof")
        self.transport.close()



class ClientProtocol(asyncio.Protocol):
    def __init__(self, message, done):
        self.message = message
        self.done = done

    def connection_made(self, transport):
        self.transport = transport
        transport.write(self.message.encode())

    def data_received(self, data):
        print("client received:", data.decode())
        self.transport.write_eof()

    def eof_received(self):
        print("client: eof")

    def connection_lost(self, exc):
        print("client: connection lost", exc)
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: ClientProtocol("hello protocols", done), "127.0.0.1", port)
    print(type(protocol).__name__, transport.is_closing())
    await done
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print("closed")


asyncio.run(main())
