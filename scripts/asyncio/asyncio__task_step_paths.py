# The paths of a task's step: a bare yield (sleep(0)), a return, an
# exception, a cancellation asked for while the task runs, and the task
# that is current during each step.
import asyncio


async def polite(name, rounds):
    for i in range(rounds):
        me = asyncio.current_task()
        print(f"{name} 단계 {i}: current is {me.get_name()}")
        await asyncio.sleep(0)
    return f"{name} done"


async def cancels_itself():
    asyncio.current_task().cancel("스스로 취소")
    return "never seen"


async def cancels_itself_then_sleeps():
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("caught at the await:", repr(e))
        raise


async def fails_after_yield():
    await asyncio.sleep(0)
    raise ValueError("두 번째 단계에서 실패")


async def returns_at_once():
    return 42


async def main():
    a = asyncio.create_task(polite("a", 3), name="A")
    b = asyncio.create_task(polite("b", 2), name="B")
    print(await a, await b)
    print("current in main:", asyncio.current_task().get_name())

    t = asyncio.create_task(cancels_itself())
    try:
        await t
    except asyncio.CancelledError as e:
        print("self-cancelled:", repr(e), t.cancelled())

    t = asyncio.create_task(cancels_itself_then_sleeps())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled at sleep(0):", t.cancelled())

    t = asyncio.create_task(fails_after_yield())
    await asyncio.sleep(0)
    print("after one step:", t.done())
    await asyncio.sleep(0)
    print("after two steps:", t.done(), repr(t.exception()))

    t = asyncio.create_task(returns_at_once())
    print("pending:", t.done(), len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("finished:", t.done(), t.result(), len(asyncio.all_tasks()))

    results = await asyncio.gather(*(polite(str(i), i) for i in range(3)), return_exceptions=True)
    print(results)

    t = asyncio.create_task(fails_after_yield())
    try:
        await t
    except ValueError as e:
        print("awaited:", repr(e))


asyncio.run(main())
