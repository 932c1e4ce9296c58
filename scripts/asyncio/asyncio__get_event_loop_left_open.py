# The old style: get_event_loop() + run_until_complete(), and the loop is
# never closed. A task still pending at the end belongs to the loop the
# event loop policy keeps, so CPython never frees it: no "Task was
# destroyed" report, and its coroutine's finally block never runs.
import asyncio


async def background():
    try:
        while True:
            await asyncio.sleep(0.01)
    finally:
        print("never printed")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.03)
    print("main done")


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print("end of program, loop open:", not loop.is_closed())
