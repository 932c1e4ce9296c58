# The steps of a Queue that never wait (a put with room and nobody
# waiting, a get with items and nobody waiting, a task_done that leaves
# work) against their neighbours: the same queue full, empty, with waiters
# on either side, with its storage swapped by the program, counted down to
# zero, and a subclass whose counter is a property.
import asyncio
import collections


async def steps():
    q = asyncio.Queue(maxsize=3)
    for i in range(3):
        q.put_nowait(i)
    print(q, q.qsize(), q.full(), q._unfinished_tasks)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull at", q.qsize())
    print([q.get_nowait() for _ in range(3)], q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    for _ in range(3):
        q.task_done()
    print("unfinished:", q._unfinished_tasks, "finished:", q._finished.is_set())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


async def waiters():
    q = asyncio.Queue(maxsize=1)
    log = []

    async def getter(name):
        item = await q.get()
        log.append(f"{name} got {item}")
        q.task_done()

    async def putter(name, item):
        await q.put(item)
        log.append(f"{name} put {item}")

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    await asyncio.sleep(0)
    print("getters waiting:", len(q._getters))
    await q.put("a")
    await q.put("b")
    print("after two puts:", log, q.qsize())
    await asyncio.gather(g1, g2)
    print("after the getters:", log)
    await q.put("c")
    p = asyncio.create_task(putter("p", "d"))
    await asyncio.sleep(0)
    print("putters waiting:", len(q._putters), q.qsize())
    print("got", await q.get())
    await p
    print("got", await q.get(), log)
    q.task_done()
    q.task_done()
    await asyncio.wait_for(q.join(), 1)
    print("joined, unfinished:", q._unfinished_tasks)


async def storage_swapped():
    q = asyncio.Queue()
    q._queue = collections.deque([10, 20])
    q._unfinished_tasks = 2
    await q.put(30)
    print(await q.get(), await q.get(), q.get_nowait(), type(q._queue).__name__)


class Audited(asyncio.Queue):
    def __init__(self, maxsize=0):
        self.reads = 0
        super().__init__(maxsize)

    @property
    def _unfinished_tasks(self):
        self.reads += 1
        return self._count

    @_unfinished_tasks.setter
    def _unfinished_tasks(self, value):
        self._count = value


async def audited():
    q = Audited()
    await q.put("x")
    await q.put("y")
    await q.get()
    q.task_done()
    print("audited:", q._count, "reads so far:", q.reads)
    await q.get()
    q.task_done()
    print("audited:", q._count, q._finished.is_set())


async def unbounded_long():
    q = asyncio.Queue()
    for i in range(300):
        await q.put(i)
    print(type(q._queue).__name__, q.qsize())
    total = 0
    while not q.empty():
        total += await q.get()
        q.task_done()
    print(total, q._unfinished_tasks, q._finished.is_set())


async def main():
    await steps()
    await waiters()
    await storage_swapped()
    await audited()
    await unbounded_long()


asyncio.run(main())
