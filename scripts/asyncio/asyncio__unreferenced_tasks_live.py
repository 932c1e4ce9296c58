# Tasks nobody keeps a reference to, each waiting on something else (an
# event, a queue, a lock, a condition, a semaphore, a future, a thread, a
# subprocess, a timeout, a shield, a stream), live on through collections:
# what they wait on holds them, as in CPython, whose task registry is weak.
import asyncio, gc, sys

done = []

async def on_event(ev):
    await ev.wait()
    done.append("event")

async def on_queue(q):
    item = await q.get()
    done.append(f"queue {item}")

async def on_lock(lock):
    async with lock:
        done.append("lock")

async def on_cond(cond):
    async with cond:
        await cond.wait()
        done.append("cond")

async def on_sem(sem):
    async with sem:
        done.append("sem")

async def on_future(fut):
    done.append(f"future {await fut}")

async def on_thread():
    import time
    r = await asyncio.to_thread(time.sleep, 0.01)
    done.append("thread")

async def on_subprocess():
    p = await asyncio.create_subprocess_exec("echo", "hi", stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate()
    done.append(f"subprocess {out.decode().strip()}")

async def on_wait_for(ev):
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        done.append("wait_for timeout")

async def on_shield():
    await asyncio.shield(asyncio.sleep(0.01))
    done.append("shield")

async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()

async def on_stream(port):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"ping\n")
    done.append(f"stream {(await r.readline()).decode().strip()}")
    w.close()

async def main():
    loop = asyncio.get_running_loop()
    ev, q, lock, cond, sem = asyncio.Event(), asyncio.Queue(), asyncio.Lock(), asyncio.Condition(), asyncio.Semaphore(0)
    fut = loop.create_future()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await lock.acquire()
    for coro in [on_event(ev), on_queue(q), on_lock(lock), on_cond(cond), on_sem(sem), on_future(fut),
                 on_thread(), on_subprocess(), on_wait_for(asyncio.Event()), on_shield(), on_stream(port)]:
        asyncio.create_task(coro)
    await asyncio.sleep(0)
    gc.collect()
    await asyncio.sleep(0.005)
    gc.collect()
    ev.set(); q.put_nowait(1); lock.release(); sem.release(); fut.set_result(5)
    async with cond:
        cond.notify_all()
    gc.collect()
    while len(asyncio.all_tasks()) > 1:
        await asyncio.sleep(0.01)
        gc.collect()
    server.close()
    await server.wait_closed()
    print(sorted(done))

asyncio.run(main())
