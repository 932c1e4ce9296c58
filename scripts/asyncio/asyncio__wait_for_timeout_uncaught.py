# An uncaught TimeoutError from wait_for: CPython chains it to the
# CancelledError raised inside asyncio (whose frames are all asyncio's own;
# tikitaka leaves those frames out but keeps the traceback's header).
import asyncio


async def main():
    print("waiting at most 0.01 s")
    await asyncio.wait_for(asyncio.sleep(1), 0.01)


asyncio.run(main())
