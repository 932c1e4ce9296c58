# asyncio reports its errors through the "asyncio" logger when the program
# uses logging: basicConfig's format applies, and the logger's level can
# silence them.
import asyncio, logging
logging.basicConfig(level=logging.DEBUG)
async def bad(): raise ValueError("x")
async def main():
    asyncio.create_task(bad()); await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: 1/0)
    await asyncio.sleep(0.01)
asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.CRITICAL)
asyncio.run(main())
print("done")
