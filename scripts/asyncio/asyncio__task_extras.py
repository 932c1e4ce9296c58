# Checks Task details: done-callback order (before the awaiting task resumes), remove_done_callback, late callbacks, cancelled(), cancelling()/uncancel(), cancel messages, cancelling before the first step, current_task and all_tasks.
import asyncio


async def main():
    order = []
    t = asyncio.create_task(asyncio.sleep(0.01, result="끝"))
    t.add_done_callback(lambda f: order.append("cb1"))

    def cb2(f):
        order.append("cb2 " + f.result())

    t.add_done_callback(cb2)
    t.add_done_callback(cb2)
    print("removed", t.remove_done_callback(cb2), t.remove_done_callback(cb2))
    t.add_done_callback(lambda f: order.append("cb3 " + f.result()))
    print(await t)
    order.append("main resumed")
    t.add_done_callback(lambda f: order.append("late cb"))
    order.append("late cb added")
    await asyncio.sleep(0)
    print(order)

    async def stubborn():
        me = asyncio.current_task()
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("caught", repr(e), "cancelling =", me.cancelling())
                print("uncancel ->", me.uncancel())
        return "살아남음"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(s.cancel("첫째"), s.cancelling())
    await asyncio.sleep(0)
    print(s.cancel(), s.cancel("셋째"), s.cancelling())
    await asyncio.sleep(0)
    print(s.cancel("넷째"), s.cancelling())
    print(await s, s.cancelled(), s.cancelling(), s.cancel())

    async def never_started():
        print("never printed")

    n = asyncio.create_task(never_started())
    print(n.cancel("일찍"), n.cancelled(), n.done())
    try:
        await n
    except asyncio.CancelledError as e:
        print("cancelled before start", repr(e), n.cancelled(), n.done())
    try:
        n.result()
    except asyncio.CancelledError as e:
        print("result() again", repr(e))
    try:
        n.exception()
    except asyncio.CancelledError as e:
        print("exception()", repr(e))

    async def quitter():
        await asyncio.sleep(0)
        raise asyncio.CancelledError("스스로")

    q = asyncio.create_task(quitter())
    try:
        await q
    except asyncio.CancelledError as e:
        print("self-cancelled", repr(e), q.cancelled(), q.cancelling())

    async def failing():
        raise LookupError("없음")

    f = asyncio.create_task(failing(), name="실패")
    await asyncio.sleep(0)
    print(f.done(), f.cancelled(), repr(f.exception()), f.get_name())
    f.set_name(123)
    print(repr(f.get_name()))

    print(asyncio.current_task() is asyncio.current_task(), asyncio.current_task().get_name())
    bg = [asyncio.create_task(asyncio.sleep(0.01)) for _ in range(3)]
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    await asyncio.gather(*bg)
    print(len(asyncio.all_tasks()))

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda x: print("fut cb", x.result()))
    loop.call_soon(fut.set_result, "값")
    print(await fut)
    print(repr(fut))
    fut2 = loop.create_future()
    print(fut2.cancel("이유"), fut2.cancel(), repr(fut2))
    try:
        await fut2
    except asyncio.CancelledError as e:
        print(repr(e))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print(repr(e), type(e.__cause__).__name__, asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
