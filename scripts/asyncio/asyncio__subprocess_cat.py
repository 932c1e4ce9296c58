# `cat` fed through communicate(input); stdin written by hand with drain and close.
import asyncio
import asyncio.subprocess


async def main():
    proc = await asyncio.create_subprocess_exec(
        "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate("line 1\n둘째 줄\n".encode())
    print(out.decode().splitlines(), err, proc.returncode)

    proc = await asyncio.create_subprocess_exec(
        "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    for i in range(3):
        proc.stdin.write(f"chunk {i}\n".encode())
        await proc.stdin.drain()
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print(await proc.stdout.read())
    print(await proc.wait())

    big = b"0123456789" * 50000
    proc = await asyncio.create_subprocess_exec(
        "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(big)
    print(len(out), out == big)


asyncio.run(main())
