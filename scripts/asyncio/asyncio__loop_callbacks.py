# Checks event-loop callbacks: call_soon FIFO order, call_later/call_at ordering by deadline, cancelled handles, Handle reprs, loop.stop/run_forever and errors in callbacks reaching a custom exception handler.
import asyncio


class Job:
    def __init__(self, log):
        self.log = log

    def run(self, *args):
        self.log.append(("run",) + args)

    def bad(self):
        raise ZeroDivisionError("0으로 나눔")


def handler(loop, context):
    print("handler:", context["message"])
    for key in sorted(context):
        if key != "message":
            print("  ", key, "=", repr(context[key]))


async def main():
    loop = asyncio.get_running_loop()
    log = []
    job = Job(log)
    loop.call_later(0.06, job.run, "later 0.06")
    loop.call_later(0.02, job.run, "later 0.02")
    loop.call_at(loop.time() + 0.04, job.run, "at +0.04")
    h = loop.call_later(0.005, job.run, "cancelled")
    for i in range(3):
        loop.call_soon(job.run, "soon", i)
    h2 = loop.call_soon(job.run, "cancelled soon")
    h.cancel()
    h2.cancel()
    print(repr(h2), h.cancelled(), h2.cancelled())
    print(repr(loop.call_soon(job.run, 1, "a")))
    await asyncio.sleep(0.1)
    for entry in log:
        print(entry)

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(job.bad)
    await asyncio.sleep(0)
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(None, job.run)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

loop = asyncio.new_event_loop()
log = []
loop.call_soon(log.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(log.append, 2)
loop.run_forever()
print(log, loop.is_running())
loop.call_soon(log.append, 3)
loop.call_soon(loop.stop)
loop.run_forever()
print(log)
print(repr(loop))
loop.close()
loop.close()
print(repr(loop))
try:
    loop.call_soon(log.append, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
