# Checks asyncio.Runner (3.11): several run() calls on one loop, get_loop(), close(), leftover tasks cancelled at close, task names across runs, debug, and the errors of Runner, asyncio.run and get_event_loop.
import asyncio


async def hello(name):
    await asyncio.sleep(0.001)
    return f"안녕 {name} ({asyncio.current_task().get_name()})"


with asyncio.Runner() as runner:
    print(runner.run(hello("a")))
    print(runner.run(hello("b")))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed(), runner.get_loop() is loop, asyncio.get_event_loop() is loop)
    print(repr(loop))
    try:
        runner.run(5)
    except ValueError as e:
        print("ValueError:", e)

    async def nested():
        c = hello("c")
        try:
            runner.run(c)
        except RuntimeError as e:
            print("RuntimeError:", e)
        c.close()
        print(asyncio.get_running_loop() is loop)

    runner.run(nested())
print(loop.is_closed())
c = hello("d")
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()

r = asyncio.Runner()
print(r.run(hello("e")))
r.close()
r.close()


async def spawn():
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("leftover task cancelled")
            raise
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "spawned"


with asyncio.Runner() as r:
    print(r.run(spawn()))
    print("before close")
print("after close")

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

with asyncio.Runner(debug=True) as r:
    print(r.get_loop().get_debug())


async def inner():
    c = hello("x")
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    return "inner done"

print(asyncio.run(inner()))
print(asyncio.run(hello("f")))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)


async def boom():
    await asyncio.sleep(0)
    raise OSError("디스크 없음")

with asyncio.Runner() as r:
    try:
        r.run(boom())
    except OSError as e:
        print("OSError:", e)
    print(r.run(hello("g")))

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.run_until_complete(hello("h")))
loop.close()
c = hello("i")
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
asyncio.set_event_loop(None)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
