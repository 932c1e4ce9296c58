# Task.get_stack() of suspended, finished and generator-based tasks: the
# frame each is suspended in (function name and line), and `limit`.
import asyncio
import types


async def leaf():
    await asyncio.sleep(0.01)
    return "잎"


async def middle():
    return await leaf()


@types.coroutine
def old_style():
    yield
    return "old"


def show(task):
    return [(f.f_code.co_name, f.f_lineno) for f in task.get_stack()]


async def main():
    t = asyncio.create_task(middle(), name="middle")
    g = asyncio.ensure_future(old_style())
    await asyncio.sleep(0)
    print(show(t), show(g))
    print(show(t) == [(f.f_code.co_name, f.f_lineno) for f in t.get_stack(limit=1)])
    print(t.get_stack(limit=0), t.get_stack(limit=-1))
    print(await t, await g)
    print(show(t), show(g))


asyncio.run(main())
