# Runs a program under CPython with asyncio on a virtual clock, the way
# tikitaka's --virtual-time does, so that regen.sh can produce the expected
# output of golden programs that sleep for hours.
#   python3 -S tools/virtual_time.py PROGRAM [ARGS...]
# The loop's clock jumps to the next timer whenever the selector would block
# with nothing to do; real I/O events are still waited for.
import asyncio
import runpy
import sys


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self._virtual_now = 0.0
        select = self._selector.select

        def virtual_select(timeout=None):
            if timeout is None or timeout <= 0:
                return select(timeout)
            events = select(0)
            if not events:
                self._virtual_now += timeout
            return events

        self._selector.select = virtual_select

    def time(self):
        return self._virtual_now


class VirtualTimePolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualTimeLoop()


asyncio.set_event_loop_policy(VirtualTimePolicy())
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
