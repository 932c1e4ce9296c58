# contextvars with asyncio: each task runs in a copy of the context it was
# created in, callbacks in the context current when they were scheduled (or
# the one given); ContextVar get/set/reset, Token, Context.run and copy.
import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

async def handle(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print(n, request_id.get())
    return request_id.get()

def callback(tag):
    print("callback", tag, request_id.get(), user.get("?"))

async def main():
    print("main before", request_id.get())
    results = await asyncio.gather(*(handle(i) for i in range(3)))
    print(results, request_id.get())
    token = request_id.set("main")
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "soon")
    ctx = contextvars.copy_context()
    request_id.set("changed")
    loop.call_soon(callback, "with ctx", context=ctx)
    await asyncio.sleep(0)
    request_id.reset(token)
    print("after reset", request_id.get())
    t = asyncio.create_task(handle(7))
    await t
    print(t.result())
    try:
        user.get()
    except LookupError:
        print("LookupError for user")
    print(user.get("default"), request_id.name, len(contextvars.copy_context()) >= 1)
    c = contextvars.Context()
    print(c.run(lambda: request_id.get()), list(c.items()))
    def inner():
        user.set("kim")
        return user.get()
    print(c.run(inner), c[user], user.get("unset"))
    try:
        request_id.reset(token)
    except RuntimeError as e:
        print("RuntimeError", type(e).__name__)
    try:
        c.run(c.run, lambda: 1)
    except RuntimeError as e:
        print("RuntimeError nested run")

asyncio.run(main())
print("top", request_id.get())
