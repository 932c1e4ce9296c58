# Reading a child's stdout line by line while it is still running.
import asyncio

SCRIPT = "for i in 1 2 3; do echo line $i; sleep 0.02; done; echo done >&2"


async def main():
    proc = await asyncio.create_subprocess_shell(
        SCRIPT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print("got", line.decode().rstrip())
    print("stdout at EOF:", proc.stdout.at_eof())
    print("stderr:", await proc.stderr.read())
    print("exit:", await proc.wait())

    proc = await asyncio.create_subprocess_exec(
        "printf", "a\\nb\\nno newline", stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print(repr(line))
    await proc.wait()


asyncio.run(main())
