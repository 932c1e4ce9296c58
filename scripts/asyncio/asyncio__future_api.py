# Future by hand: states, callbacks in order, InvalidStateError messages, cancelled futures, and exceptions stored in a future.
import asyncio


def show(fut):
    print("  done:", fut.done(), "cancelled:", fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show(f)
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("  result():", type(e).__name__, e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("  exception():", e)

    order = []
    f.add_done_callback(lambda fut: order.append(("first", fut.result())))
    cb = lambda fut: order.append("removed")
    f.add_done_callback(cb)
    f.add_done_callback(lambda fut: order.append("third"))
    print("  removed callbacks:", f.remove_done_callback(cb))
    f.set_result(42)
    print("  callbacks run yet?", order)
    await asyncio.sleep(0)
    print("  after a turn:", order)
    show(f)
    print("  result:", f.result(), "exception:", f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("  set_result again:", e)
    print("  cancel a done future:", f.cancel())

    g = loop.create_future()
    g.set_exception(ValueError("bad value"))
    print("  exception():", repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print("  await raised:", e)
    try:
        g.set_exception(StopIteration())
    except Exception as e:
        print("  ", type(e).__name__, e)
    h = loop.create_future()
    try:
        h.set_exception(StopIteration("no"))
    except TypeError as e:
        print("  StopIteration:", e)

    c = loop.create_future()
    print("  cancel:", c.cancel("because"), c.cancel())
    show(c)
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("  result of cancelled:", type(e).__name__, e.args)
    try:
        await c
    except asyncio.CancelledError as e:
        print("  await cancelled:", e.args)

    late = loop.create_future()
    loop.call_later(0.01, late.set_result, "late value")
    print("  awaited:", await late)


asyncio.run(main())
