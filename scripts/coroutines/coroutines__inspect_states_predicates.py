# inspect: the states of generators and coroutines read from their
# attributes (gi_suspended, cr_suspended, …), and the is* predicates.
import inspect, asyncio, types, functools
async def c(): await asyncio.sleep(0)
def g(): yield 1
async def ag(): yield 1
@types.coroutine
def old(): yield
class A:
    def __await__(self): yield
    async def m(self): pass
x = c()
print(inspect.getcoroutinestate(x))
x.send(None)
print(inspect.getcoroutinestate(x), x.cr_suspended)
x.close()
print(inspect.getcoroutinestate(x))
for bad in (1, x):
    try: print(inspect.getgeneratorstate(bad))
    except AttributeError as e: print("AttributeError", e)
try: inspect.getcoroutinestate(g())
except AttributeError as e: print("AttributeError", e)
gen = g()
print(inspect.getgeneratorstate(gen), gen.gi_suspended); next(gen); print(inspect.getgeneratorstate(gen), gen.gi_suspended)
def watcher():
    yield inspect.getgeneratorstate(w)
w = watcher()
print(next(w))
objs = [c, g, ag, old, A, A(), A().m, functools.partial(c), len, inspect, g(), ag(), old(), 5]
for name in ["isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction", "isfunction", "ismethod", "isclass", "ismodule", "isbuiltin", "isroutine", "isgenerator", "iscoroutine", "isasyncgen", "isawaitable"]:
    print(name, [getattr(inspect, name)(o) for o in objs])
print(inspect.CO_COROUTINE, inspect.CO_ITERABLE_COROUTINE, inspect.CORO_CLOSED, inspect.GEN_CLOSED)
co = c()
print(inspect.iscoroutine(co), inspect.isawaitable(co), asyncio.iscoroutine(co))
co.close()
