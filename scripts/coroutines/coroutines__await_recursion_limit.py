# Unbounded await and yield from recursion end in RecursionError, with no spurious 'never awaited' warning for the coroutine that could not start.
import asyncio
async def rec(n):
    return await rec(n + 1)
try:
    asyncio.run(rec(0))
except RecursionError as e:
    print("RecursionError:", e)
def g(n):
    yield from g(n + 1)
try:
    next(g(0))
except RecursionError as e:
    print("RecursionError:", e)
