# Several frozen modules together, as coroutine lessons use them.
import asyncio, functools, inspect, itertools, collections, contextlib, types

def log_calls(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print("call", func.__name__, args)
        return await func(*args, **kwargs)
    return wrapper

@log_calls
async def fetch(n):
    """Fetch n."""
    await asyncio.sleep(0)
    return n * 2

print(inspect.iscoroutinefunction(fetch), fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__)

class Account:
    def __init__(self, owner):
        self.owner = owner
    @functools.lru_cache(maxsize=None)
    def rate(self, years):
        print("computing", years)
        return 1.05 ** years

a = Account("kim")
print(round(a.rate(3), 4), round(a.rate(3), 4), Account.rate.cache_info())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(functools.partial(fut.set_result, "done"))
    print(await fut)
    ids = itertools.count(1)
    tasks = [asyncio.create_task(fetch(next(ids))) for _ in range(3)]
    print(await asyncio.gather(*tasks))
    buf = collections.deque(maxlen=2)
    async def producer():
        for i in range(5):
            buf.append(i)
            await asyncio.sleep(0)
    await producer()
    print(buf)

asyncio.run(main())

Event = collections.namedtuple("Event", "time name")
events = [Event(3, "c"), Event(1, "a"), Event(2, "b")]
print(sorted(events), min(events).name, [e.name for e in sorted(events, key=lambda e: e.time)])
t, n = events[0]
print(t, n, f"{events[0]}", str(events[1]), Event(*[5, "z"]))
d = {Event(1, "a"): "x"}
print(d[Event(1, "a")])
c = collections.Counter()
for w in "a b a c b a".split():
    c[w] += 1
print(c, c.most_common(1)[0])
dd = collections.defaultdict(lambda: collections.defaultdict(int))
dd["x"]["y"] += 2
print(dict(dd["x"]), len(dd))
for k in dd:
    print(k)
for k, v in collections.OrderedDict(b=2, a=1).items():
    print(k, v)

def gen_with_close():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
with contextlib.closing(gen_with_close()) as g:
    print(next(g))
print(list(itertools.chain.from_iterable(itertools.repeat([1, 2], 2))))
print(list(itertools.accumulate(itertools.repeat(1, 5))))
print(types.SimpleNamespace(a=1).__dict__)
