# Two tasks hand a ball back and forth through futures: the "티키타카" of coroutines.
import asyncio

async def player(name, inbox, outbox, rounds, log):
    for i in range(rounds):
        ball = await inbox[0]
        inbox[0] = asyncio.get_running_loop().create_future()
        log.append(f"{name} 받음 {ball:.1f}")
        outbox[0].set_result(ball + 0.5)
    return name

async def main():
    loop = asyncio.get_running_loop()
    a_in = [loop.create_future()]
    b_in = [loop.create_future()]
    log = []
    ping = asyncio.create_task(player("핑", a_in, b_in, 3, log))
    pong = asyncio.create_task(player("퐁", b_in, a_in, 3, log))
    a_in[0].set_result(1.0)
    done = await asyncio.gather(ping, pong)
    for line in log:
        print(line)
    print(done, loop.is_running())

asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
