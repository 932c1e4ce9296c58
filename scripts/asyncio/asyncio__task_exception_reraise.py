# A failed task's exception, retrieved several times (await, result()):
# the first retrieval raises it with the traceback of the task's coroutine,
# later ones with a fresh one (as CPython's C futures do).
import asyncio
import traceback


def user_frames():
    # the frames of this file in the current exception's traceback
    lines = traceback.format_exc().splitlines()
    return [line.split(", ")[-1] + " @" + line.split(", ")[1] for line in lines if "asyncio__task_exception_reraise" in line]


async def fails():
    await asyncio.sleep(0)
    raise ValueError("계산 실패")


async def main():
    task = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    for attempt in range(3):
        try:
            if attempt == 1:
                task.result()
            else:
                await task
        except ValueError as e:
            print(attempt, e, user_frames())
    print(type(task.exception()).__name__)
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    for attempt in range(2):
        try:
            fut.result()
        except KeyError as e:
            print("future", attempt, repr(e), user_frames())


asyncio.run(main())
