# Checks asyncio.timeout and asyncio.timeout_at (3.11): TimeoutError on expiry chained from CancelledError, expired(), when(), reschedule(), the Timeout repr states, nesting and misuse errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = None
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), type(cm).__name__)
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired(), repr(cm))
        print("cause:", type(e.__cause__).__name__)

    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0.001)
    print(cm.expired(), repr(cm))

    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            print(cm.when() > loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired", cm.expired())

    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("reschedule(None) disables", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired", repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("in time", cm.expired())

    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline fires at the next step")

    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner fired", inner.expired(), outer.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print("not reached")

    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer fired", inner.expired(), outer.expired())

    try:
        async with asyncio.timeout(1):
            raise KeyError("열쇠")
    except KeyError as e:
        print("KeyError", e)

    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError")
                raise
    except TimeoutError:
        print("then TimeoutError")

    cm = asyncio.timeout(1)
    print(repr(cm))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    # wait_for with a task that swallows the cancellation returns its value
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "안 죽음"
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError as e:
        print("wait_for(…, 0)", repr(e))


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)
