import asyncio
import types
from types import SimpleNamespace


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


c = coro()
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType),
      isinstance(agen(), types.AsyncGeneratorType), isinstance(gen, types.FunctionType),
      isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType),
      isinstance(asyncio, types.ModuleType), types.NoneType is type(None))
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.FunctionType, types.MethodType)
print(isinstance(c, types.GeneratorType), isinstance(gen(), types.CoroutineType))
c.close()

ns = SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns.z, ns == SimpleNamespace(x=1, y="two", z=[3]), ns == SimpleNamespace(x=1))
print(SimpleNamespace(), vars(SimpleNamespace(a=1)))
del ns.x
print(ns)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError")


# generator-based coroutines, the pre-async/await style
@types.coroutine
def switch():
    """Give control back to the event loop once."""
    yield


@types.coroutine
def legacy_add(a, b):
    yield from switch()
    return a + b


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return await legacy_add(n, 100)


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 2))
    print(results)


print(switch.__name__, switch.__doc__, type(switch()).__name__)
asyncio.run(main())


def manual():
    # drive a coroutine by hand: await of a types.coroutine generator
    # passes its yields through to whoever sends
    async def inner():
        x = await legacy_add(1, 2)
        return x * 10
    co = inner()
    print("yielded", co.send(None))
    try:
        co.send(None)
    except StopIteration as e:
        print("returned", e.value)


manual()


@types.coroutine
def plain():
    return gen()


async def use_plain():
    return await plain()


co = use_plain()
print(co.send(None))
co.close()
print(types.coroutine(coro) is coro)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def bridge():
    # a generator-based coroutine may delegate to a native coroutine
    result = yield from coro()
    return result + 1


async def use_bridge():
    return await bridge()


print(asyncio.run(use_bridge()))


async def bad():
    await gen()

try:
    asyncio.run(bad())
except TypeError as e:
    print("TypeError:", e)

