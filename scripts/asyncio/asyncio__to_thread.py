# Blocking code in a thread: asyncio.to_thread and loop.run_in_executor.
# While the function sleeps (time.sleep), the event loop keeps running the
# other tasks; the thread's result comes back through a future.
import asyncio
import time


def download(name, seconds):
    print(f"{name}: 다운로드 시작")
    time.sleep(seconds)
    print(f"{name}: 절반")
    time.sleep(seconds)
    print(f"{name}: 완료")
    return f"{name}.zip"


async def ticker(n):
    await asyncio.sleep(0.05)
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.1)


def square_slowly(x):
    time.sleep(0.03 * x)
    print("square", x)
    return x * x


async def main():
    result, _ = await asyncio.gather(asyncio.to_thread(download, "a", 0.2), ticker(5))
    print("result:", result)

    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, download, "b", 0.01))

    # several threads at once: they finish in the order of their sleeps
    squares = await asyncio.gather(*(asyncio.to_thread(square_slowly, x) for x in (3, 1, 2)))
    print(squares)

    # keyword arguments go through to_thread (not run_in_executor)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

    # a thread's time.sleep inside native code (map) still blocks, and the result is right
    print(await asyncio.to_thread(lambda: list(map(time.sleep, [0.01, 0.01]))))

    fut = loop.run_in_executor(None, square_slowly, 4)
    print(type(fut).__name__, fut.done())
    print(await fut, fut.done())


asyncio.run(main())
print("끝")
