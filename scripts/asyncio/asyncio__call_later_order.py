# Timer order: call_later/call_at by deadline, equal deadlines in scheduling order, call_soon before timers, cancelled handles never run.
import asyncio


def main():
    loop = asyncio.new_event_loop()
    out = []
    start = loop.time()
    loop.call_later(0.03, out.append, "c 30ms")
    loop.call_later(0.01, out.append, "a 10ms")
    loop.call_at(start + 0.01, out.append, "b 10ms (call_at)")
    h = loop.call_later(0.02, out.append, "cancelled")
    loop.call_soon(out.append, "soon 1")
    loop.call_soon(out.append, "soon 2")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    loop.call_later(0.05, loop.stop)
    loop.run_forever()
    print(out)
    print("elapsed at least 50ms:", loop.time() - start >= 0.05)
    loop.close()


main()
