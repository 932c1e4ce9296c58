# Return codes: failing commands, kill and terminate, and a program that does not exist.
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("false")
    print("false:", await proc.wait(), proc.returncode)
    proc = await asyncio.create_subprocess_exec("sh", "-c", "exit 7")
    print("exit 7:", await proc.wait())
    proc = await asyncio.create_subprocess_exec("ls", "/no/such/dir", stderr=asyncio.subprocess.DEVNULL)
    print("ls:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    print("running:", proc.returncode)
    proc.kill()
    print("killed:", await proc.wait())
    try:
        proc.kill()
    except ProcessLookupError as e:
        print("kill again:", type(e).__name__, e.args)

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    proc.terminate()
    print("terminated:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    try:
        await asyncio.wait_for(proc.wait(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out, still running:", proc.returncode is None)
    proc.kill()
    print("then killed:", await proc.wait())

    try:
        await asyncio.create_subprocess_exec("no-such-program-tikitaka")
    except FileNotFoundError as e:
        print(type(e).__name__ + ":", e)
        print(e.errno, e.strerror, e.filename)


asyncio.run(main())
