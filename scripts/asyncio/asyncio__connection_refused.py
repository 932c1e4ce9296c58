# Connecting to a closed port raises ConnectionRefusedError with CPython's text.
import asyncio


async def main():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__ + ":", str(e).replace(str(port), "PORT"))
        print(e.errno, e.strerror.replace(str(port), "PORT"))
        print(isinstance(e, ConnectionError), isinstance(e, OSError))
        print(e.args[0], type(e.args[1]).__name__)
    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout=5)
    except OSError as e:
        print("via wait_for:", type(e).__name__)


asyncio.run(main())
