# The subprocess example of the asyncio documentation: a child running
# this same interpreter (sys.executable) with -c.
import asyncio, sys

async def run(code):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', code,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f'exited with {proc.returncode}')
    if stdout:
        print(f'[stdout]\n{stdout.decode()}')
    if stderr:
        print(f'[stderr]\n{stderr.decode().splitlines()[-1]}')

asyncio.run(run('print("hello from a child")'))
asyncio.run(run('import sys; sys.exit(3)'))
asyncio.run(run('1/0'))
print(type(sys.executable).__name__, bool(sys.executable))
