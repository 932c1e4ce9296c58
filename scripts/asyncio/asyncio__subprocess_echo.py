# create_subprocess_exec with stdout=PIPE: echo's output through communicate().
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec("echo", "hello", "코루틴", stdout=PIPE)
    print(type(proc).__name__, type(proc.pid).__name__)
    stdout, stderr = await proc.communicate()
    print(stdout.decode(), end="")
    print(stderr, proc.returncode)
    print(await proc.wait())
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)


asyncio.run(main())
