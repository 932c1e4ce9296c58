# current_task, all_tasks, task names (Task-N numbering, set_name), get_coro and done callbacks on tasks.
import asyncio


async def child(n):
    me = asyncio.current_task()
    print("child", n, "is", me.get_name())
    await asyncio.sleep(0.01 * n)
    return n * 10


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    tasks = [asyncio.create_task(child(i)) for i in range(1, 4)]
    tasks[1].set_name("두번째")
    named = asyncio.create_task(child(4), name="named-one")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(tasks[0].get_coro().__name__)
    done = []
    for t in tasks:
        t.add_done_callback(lambda t: done.append(t.get_name()))
    print(await asyncio.gather(*tasks, named))
    await asyncio.sleep(0)
    print("done callbacks:", done)
    print("left:", [t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.current_task() is me)


print("outside any task:", asyncio.current_task.__name__)
asyncio.run(main())
