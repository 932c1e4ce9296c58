# With --trace: tasks giving way with sleep(0) (round robin), a timer
# callback from call_later, and the future it completes.
import asyncio

async def ping(name, times):
    for i in range(times):
        print(name, i)
        await asyncio.sleep(0)

def ring(fut, text):
    print("ring:", text)
    fut.set_result(text)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, ring, fut, "wake up")
    await asyncio.gather(ping("a", 2), ping("b", 2))
    print("future says", await fut)

asyncio.run(main())
