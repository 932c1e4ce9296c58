# The timer heap pops timers with equal deadlines in the order CPython's heapq does (not always scheduling order), and purging many cancelled timers (rebuilding the heap) keeps that order.
import asyncio


def run(count, deadlines, cancel_every=0):
    loop = asyncio.new_event_loop()
    out = []
    base = loop.time() - 10  # every deadline is already due: one loop pass runs them all
    handles = []
    for i in range(count):
        when = base + deadlines[(i * 7) % len(deadlines)]
        handles.append(loop.call_at(when, out.append, i))
    if cancel_every:
        for i, h in enumerate(handles):
            if i % cancel_every:
                h.cancel()
    loop.call_at(base + 5, loop.stop)
    loop.run_forever()
    loop.close()
    return out


print(run(12, [1, 1, 1]))
print(run(20, [3, 1, 2, 1]))
print(run(30, [0.5, 0.25, 0.5, 0.75, 0.25]))
# 150 timers, two of every three cancelled: the loop rebuilds its heap
print(run(150, [2, 1, 2, 3, 1, 1], cancel_every=3))

# integer and float deadlines mixed
loop = asyncio.new_event_loop()
order = []
now = int(loop.time()) - 100
for i, when in enumerate([now + 2, now + 1.5, now + 1, now + 2.0, now + 1]):
    loop.call_at(when, order.append, (i, when - now))
loop.call_at(now + 3, loop.stop)
loop.run_forever()
loop.close()
print(order)
