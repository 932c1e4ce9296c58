# A task still pending when the program ends: CPython frees it at exit and
# reports "Task was destroyed but it is pending!" on stderr, with where its
# coroutine waits; then the coroutine is closed and its finally block runs.
import asyncio


async def heartbeat():
    beats = 0
    try:
        while True:
            await asyncio.sleep(1)
            beats += 1
    finally:
        print("heartbeat stopped after", beats, "beats")


async def main():
    asyncio.create_task(heartbeat(), name="심장")
    await asyncio.sleep(0.01)
    print("main is done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("the program ends; the heartbeat task is still pending")
