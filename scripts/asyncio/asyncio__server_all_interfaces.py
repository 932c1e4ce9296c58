# start_server with host=None listens on every interface, IPv6 and IPv4, as CPython does; clients reach both.
import asyncio
async def handle(r, w):
    w.write(await r.readline())
    w.close()
async def main():
    server = await asyncio.start_server(handle, None, 0)
    for s in server.sockets:
        host = "::1" if s.family == 10 else "127.0.0.1"
        r, w = await asyncio.open_connection(host, s.getsockname()[1])
        w.write(f"via {host}\n".encode())
        print(await r.readline())
        w.close()
    server.close()
    await server.wait_closed()
asyncio.run(main())
