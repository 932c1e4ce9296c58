# gi_frame / cr_frame and inspect.getgeneratorlocals: where a suspended
# generator or coroutine waits (f_lineno) and what its locals hold.
import inspect, asyncio
def g():
    me = yield
    yield 1
gen = g()
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals, gen.gi_frame.f_code.co_name, gen.gi_frame.f_back)
next(gen)
gen.send(gen) if False else next(gen)
fr = repr(gen.gi_frame)
print(fr.startswith("<frame at 0x"), fr.split(",", 2)[2])
async def work(n):
    total = n * 2
    await asyncio.sleep(0)
    return total
async def main():
    c = work(3)
    print(inspect.getcoroutinelocals(c), c.cr_frame.f_lineno)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(c.cr_frame.f_lineno, inspect.getcoroutinelocals(c))
    print(await t, c.cr_frame, inspect.getcoroutinelocals(c))
asyncio.run(main())
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print(e)
def stepper():
    total = 0
    for i in range(3):
        total += i
        yield total
s = stepper()
print(s.gi_frame.f_lineno, inspect.getgeneratorlocals(s))
for _ in s:
    print(s.gi_frame.f_lineno, inspect.getgeneratorlocals(s))
print(s.gi_frame, inspect.getgeneratorlocals(s))
