# create_subprocess_shell: pipes, stderr, stderr=STDOUT and DEVNULL.
import asyncio
from asyncio import subprocess


async def run(cmd, **kwargs):
    proc = await asyncio.create_subprocess_shell(cmd, **kwargs)
    stdout, stderr = await proc.communicate()
    print(f"[{cmd!r} exited with {proc.returncode}]")
    if stdout:
        print(f"[stdout]\n{stdout.decode()}", end="")
    if stderr:
        print(f"[stderr]\n{stderr.decode()}", end="")


async def main():
    await run("echo one; echo two", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    await run("echo out; echo err >&2; exit 2", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    await run("echo first; echo second >&2", stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    await run("echo hidden", stdout=subprocess.DEVNULL)
    await run("exit 0")
    await asyncio.gather(run("sleep 0.1; echo slow", stdout=subprocess.PIPE),
                         run("echo fast", stdout=subprocess.PIPE))


asyncio.run(main())
