# asyncio for tikitaka: futures, tasks, the event loop, synchronisation
# primitives, queues, timeouts, task groups and runners, following the
# semantics (and the order of callbacks) of CPython 3.11's asyncio. Most of
# this file is a port of CPython's pure-Python modules (futures.py, tasks.py,
# locks.py, queues.py, timeouts.py, taskgroups.py, runners.py), with the
# error messages of its C accelerator (_asyncio) where those differ.
# Time comes from the native module _asyncio_native, which waits on a tokio
# timer when nothing is ready to run.
#
# Internal "sets" are dicts (insertion-ordered) so that runs are
# deterministic; where CPython returns a set, a set is returned.
import _asyncio_native as _native
from _stdlib_native import iterable_coroutine as _iterable_coroutine
import sys

# --trace is fixed for the life of the interpreter
_tracing = _native.tracing()
# (a global: one lookup fewer per task than `_native.register_task`)
_register_task = _native.register_task

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = "asyncio.exceptions"


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = "asyncio.exceptions"


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = "asyncio.exceptions"


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = "asyncio.queues"


def _exception_group(message, excs):
    # BaseExceptionGroup(...) gives an ExceptionGroup when all are Exceptions
    return BaseExceptionGroup(message, excs)


# ---------------------------------------------------------------- reprs

def _limited(s, limit):
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + "..." + s[len(s) - j:]
    return s


def _short_repr(x, level=6):
    # reprlib.repr, which CPython uses for results and callback arguments
    if isinstance(x, bool) or x is None:
        return repr(x)
    t = type(x)
    if t is str:
        s = repr(x[:30])
        if len(s) > 30:
            i = 13
            j = 14
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + "..." + s[len(s) - j:]
        return s
    if t is int:
        return _limited(repr(x), 40)
    if t is list or t is tuple or t is set:
        n = len(x)
        if t is list:
            left, right, trail = "[", "]", ""
        elif t is tuple:
            left, right, trail = "(", ")", ","
        else:
            if not x:
                return "set()"
            left, right, trail = "{", "}", ""
            try:
                x = sorted(x)
            except Exception:
                x = list(x)
        if level <= 0 and n:
            s = "..."
        else:
            pieces = []
            k = 0
            for elem in x:
                if k >= 6:
                    break
                pieces.append(_short_repr(elem, level - 1))
                k += 1
            if n > 6:
                pieces.append("...")
            s = ", ".join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + s + right
    if t is dict:
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        try:
            keys = sorted(x)
        except Exception:
            keys = list(x)
        pieces = []
        for key in keys[:4]:
            pieces.append(f"{_short_repr(key, level - 1)}: {_short_repr(x[key], level - 1)}")
        if len(x) > 4:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"
    try:
        s = repr(x)
    except Exception:
        return f"<{type(x).__name__} instance at {id(x):#x}>"
    return _limited(s, 30)


def _is_partial(func):
    return type(func).__name__ == "partial" and type(func).__module__ == "functools"


def _format_args_and_kwargs(args, kwargs):
    items = [_short_repr(a) for a in args]
    if kwargs:
        items.extend(f"{k}={_short_repr(v)}" for k, v in kwargs.items())
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs=None, suffix=""):
    # a functools.partial shows the function it wraps, its own arguments,
    # then the call's (as CPython's format_helpers)
    if _is_partial(func):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None)
    if not name:
        name = repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _trace_label(fut):
    # how --trace names what a task waits on
    if isinstance(fut, Task):
        return fut.get_name()
    label = getattr(fut, "_trace_label", None)
    return label if label is not None else "a Future"


def _trace_timer(timer):
    if type(timer) is _SleepFuture:
        return f"timer fired: {_trace_label(timer)} is due"
    if timer._callback is _set_result_unless_cancelled and timer._args:
        return f"timer fired: {_trace_label(timer._args[0])} is due"
    name = getattr(timer._callback, "__qualname__", None) or repr(timer._callback)
    args = ", ".join(_trace_label(a) if isinstance(a, Future) else _short_repr(a) for a in timer._args)
    return f"timer fired: {name}({args})"


def _format_callback_source(func, args):
    # format_helpers._format_callback_source: plain functions show where
    # they were defined (tikitaka's own, frozen ones do not)
    text = _format_callback(func, args)
    while _is_partial(func):
        func = func.func
    if type(func).__name__ == "function":
        code = func.__code__
        if not code.co_filename.startswith("<frozen "):
            text += f" at {code.co_filename}:{code.co_firstlineno}"
    return text


def _format_callbacks(cbs):
    size = len(cbs)
    if size == 1:
        cb = _format_callback_source(cbs[0], ())
    elif size == 2:
        cb = f"{_format_callback_source(cbs[0], ())}, {_format_callback_source(cbs[1], ())}"
    else:
        cb = f"{_format_callback_source(cbs[0], ())}, <{size - 2} more>, {_format_callback_source(cbs[-1], ())}"
    return f"cb=[{cb}]"


def _format_coroutine(coro):
    # coroutines.py's _format_coroutine: where the coroutine is suspended,
    # or where it was defined once done
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    if not name:
        name = f"<{type(coro).__name__} without __name__>"
    name = name + "()"
    where = _native.coro_where(coro)
    if where is None:
        if getattr(coro, "cr_running", False):
            return f"{name} running"
        return name
    filename, lineno, done = where
    if done:
        return f"{name} done, defined at {filename}:{lineno}"
    return f"{name} running at {filename}:{lineno}"


def _object_repr(obj):
    cls = type(obj)
    return f"<{cls.__module__}.{cls.__qualname__} object at {id(obj):#x}>"


def _exception_line(exc):
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = f"{cls.__module__}.{name}"
    text = str(exc)
    if text:
        return f"{name}: {text}"
    return name


class _GenericAlias:
    # what `Queue[int]`, `Future[str]`, ... return (types.GenericAlias in
    # CPython): printable, and callable like the class itself
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        parts = []
        for arg in self.__args__:
            if isinstance(arg, type):
                if arg.__module__ == "builtins":
                    parts.append(arg.__qualname__)
                else:
                    parts.append(f"{arg.__module__}.{arg.__qualname__}")
            elif arg is Ellipsis:
                parts.append("...")
            else:
                parts.append(repr(arg))
        origin = self.__origin__
        return f"{origin.__module__}.{origin.__qualname__}[{', '.join(parts)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))


# ---------------------------------------------------------------- event loops

_running_loop = None
_event_loop = None
# the loop the interactive prompt owns: tasks created at the prompt go there
_repl_loop = None
_set_called = False
# the task whose step is running (one loop runs at a time in a thread)
_current_task = [None]
_task_counter = [0]


# I/O callbacks by token: native I/O operations (see reactor.rs) post
# (token, tag, value) events, which the loop turns into callback calls
_io_callbacks = {}
_io_tokens = [0]


def _io_register(callback):
    _io_tokens[0] += 1
    token = _io_tokens[0]
    _io_callbacks[token] = callback
    return token


def _io_unregister(token):
    _io_callbacks.pop(token, None)


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def _finalize_asyncgen(agen):
    # called by the runtime when a suspended async generator is dropped:
    # like CPython's finalizer hook, the running loop schedules its aclose()
    loop = _running_loop
    if loop is None or loop.is_closed():
        return False
    loop.call_soon(loop.create_task, agen.aclose())
    return True


def get_running_loop():
    if _running_loop is None:
        if _repl_loop is not None:
            return _repl_loop
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None and not _set_called:
        set_event_loop(new_event_loop())
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


_get_event_loop = get_event_loop


def set_event_loop(loop):
    global _event_loop, _set_called
    _set_called = True
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _event_loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()


def iscoroutine(obj):
    # CPython: a coroutine, a generator, or anything with the Coroutine
    # protocol (`send`, `throw`, `close` and `__await__` on its class,
    # collections.abc.Coroutine's test), such as an async generator's
    # `aclose()`
    cls = type(obj)
    if cls.__name__ == "coroutine" or cls.__name__ == "generator":
        return True
    return all(hasattr(cls, name) for name in ("send", "throw", "close", "__await__"))


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and obj._asyncio_future_blocking is not None


# set once the program imports contextvars (here, or by contextvars itself)
_contexts_used = "contextvars" in sys.modules


def _context_for(context):
    # the context a callback or a task runs in: the one given, else a copy
    # of the current one once the program uses contextvars (None before:
    # nothing could tell the difference)
    if context is None:
        contextvars = sys.modules.get("contextvars")
        if contextvars is not None:
            return contextvars.copy_context()
    return context


class Handle:
    __module__ = "asyncio.events"
    _cancelled = False
    _context = None

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        if context is not None or _contexts_used:
            self._context = _context_for(context)

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return "<" + " ".join(self._repr_info()) + ">"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._report(exc)

    def _report(self, exc):
        cb = _format_callback_source(self._callback, self._args)
        self._loop.call_exception_handler({
            "message": f"Exception in callback {cb}",
            "exception": exc,
            "handle": self,
        })


class TimerHandle(Handle):
    __module__ = "asyncio.events"

    # (a sleeping task has one: Handle.__init__'s three stores are inlined)
    _scheduled = False

    def __init__(self, when, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._when = when
        if context is not None or _contexts_used:
            self._context = _context_for(context)

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f"when={self._when}")
        return info

    def when(self):
        return self._when

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def __hash__(self):
        return hash(self._when)

    def cancel(self):
        if not self._cancelled:
            if self._scheduled:
                self._loop._timer_cancelled_count += 1
            self._cancelled = True
            self._callback = None
            self._args = None


# The timers are a heap ordered by deadline, with heapq's algorithm (as
# CPython's loop): timers with equal deadlines run in CPython's order.

# the timer heap (loop._scheduled): heapq's algorithm on TimerHandles by
# deadline, done natively (timers.rs)
_timer_push = _native.timer_push
_timer_pop = _native.timer_pop
_timer_heapify = _native.timer_heapify


# CPython's thresholds for purging cancelled timers from the heap
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


class AbstractEventLoop:
    __module__ = "asyncio.events"


class _ThreadJob:
    # A function run by the loop's default executor. tikitaka has one OS
    # thread: the function runs as a green thread of the interpreter
    # (src/vm/green_thread.rs). It starts at once, as in CPython, where a
    # new worker thread runs the function until it first blocks; whenever
    # it calls time.sleep it gives the loop back until the sleep is over,
    # and the other tasks run meanwhile, as they would beside a real
    # thread. Its result or exception reaches the future one turn after it
    # ends, as a thread's does through call_soon_threadsafe.

    def __init__(self, loop, future, func, args):
        self._loop = loop
        self._future = future
        self._func = func
        self._args = args

    def _run(self, thread_id):
        try:
            if thread_id is None:
                if self._future.cancelled():
                    # cancelled before a thread took it: it never runs
                    self._loop._thread_ended(self)
                    return
                outcome = _native.thread_start(self._func, self._args)
            else:
                outcome = _native.thread_resume(thread_id)
        except BaseException as exc:
            self._end(None, exc)
            return
        if outcome[0]:
            self._end(outcome[1], None)
        else:
            self._loop.call_later(outcome[2], self._run, outcome[1])

    def _end(self, result, exc):
        self._loop._thread_ended(self)
        if not self._loop.is_closed():
            self._loop.call_soon(self._deliver, result, exc)

    def _deliver(self, result, exc):
        if self._future.cancelled():
            return
        if exc is not None:
            self._future.set_exception(exc)
        else:
            self._future.set_result(result)


class BaseEventLoop(AbstractEventLoop):
    __module__ = "asyncio.base_events"

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._threads = []
        self._threads_idle = None
        self._executor_shutdown_called = False

    def __repr__(self):
        return f"<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>"

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def time(self):
        return _native.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def _soon(self, callback, arg):
        # call_soon(callback, arg) without a Handle, for asyncio's own
        # callbacks, whose handles nobody sees: the ready queue holds
        # (callback, arg) pairs (and I/O's (callback, tag, value) triples)
        # next to Handles and tasks
        if self._closed:
            raise RuntimeError("Event loop is closed")
        self._ready.append((callback, arg))

    def _soon_task(self, task):
        # `_soon` of a task's next step: the task itself is the entry (no
        # bound method and argument pair), standing for `task._step()`
        # while it waits for nothing, else for `task.task_wakeup(waiter)`
        # (see _run_task_entry)
        if self._closed:
            raise RuntimeError("Event loop is closed")
        self._ready.append(task)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        if context is None:
            return self.call_at(self.time() + delay, callback, *args)
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        _timer_push(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        _set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        # data written to streams goes out before the program ends, as with
        # CPython, which sends it at once
        _native.flush_writes(1.0)
        self._ready.clear()
        self._scheduled.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        # waits for the functions still running in the executor's threads
        self._executor_shutdown_called = True
        if self._threads:
            self._threads_idle = self.create_future()
            await self._threads_idle

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is not None:
            raise NotImplementedError(
                "run_in_executor() with an executor is not supported by tikitaka: "
                "pass None to run the function in the default executor")
        if self._executor_shutdown_called:
            raise RuntimeError("Executor shutdown has been called")
        future = self.create_future()
        job = _ThreadJob(self, future, func, args)
        self._threads.append(job)
        job._run(None)
        return future

    def _thread_ended(self, job):
        self._threads.remove(job)
        idle = self._threads_idle
        if not self._threads and idle is not None and not idle.done():
            idle.set_result(None)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        # CPython logs this through the `logging` module (to stderr): the
        # message, the other context entries, then the exception's traceback
        message = context.get("message")
        if not message:
            message = "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key == "message" or key == "exception":
                continue
            lines.append(f"{key}: {context[key]!r}")
        exc = context.get("exception")
        logging = sys.modules.get("logging")
        if logging is not None:
            # the program uses logging: through the "asyncio" logger, so that
            # its configuration (format, level, handlers) applies
            logging.getLogger("asyncio").error("\n".join(lines), exc_info=exc if exc is not None else False)
            return
        # (what logging's last-resort handler would print)
        text = "\n".join(lines) + "\n"
        if exc is not None:
            text += _native.format_exception(exc)
        print(text, end="", file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler", file=sys.stderr)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    print("Exception in default exception handler while handling an unexpected error in custom exception handler", file=sys.stderr)

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            # if it does not complete, an exception says so: no "destroyed
            # but it is pending" report for it
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _run_once(self):
        dropped = _native.take_finalized()
        if dropped is not None:
            _report_dropped(dropped)
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # too many cancelled timers: rebuild the heap without them
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            _timer_heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            # drop cancelled timers from the head so that we never wait for them
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                _timer_pop(scheduled)._scheduled = False
        # wait in tokio for I/O until the next timer (for good when there is
        # none, as CPython's select() does; Ctrl-C still interrupts), or
        # just collect what I/O finished when callbacks are ready
        if not self._ready and not self._stopping:
            events = _native.wait(scheduled[0]._when if scheduled else None)
        elif _io_callbacks:
            events = _native.poll()
        else:
            events = None
        if events:
            ready = self._ready
            for token, tag, value in events:
                callback = _io_callbacks.get(token)
                if callback is not None:
                    ready.append((callback, tag, value))
                elif tag == "connected" or tag == "accept":
                    # nobody waits any more (cancelled connect, closed server)
                    _native.stream_abort(value[0])
        if scheduled:
            # (CPython adds the clock resolution, 1 ns)
            end_time = self.time() + 1e-09
            while scheduled and scheduled[0]._when < end_time:
                timer = _timer_pop(scheduled)
                timer._scheduled = False
                if not timer._cancelled and _tracing:
                    _native.trace(_trace_timer(timer))
                self._ready.append(timer)
        ready = self._ready
        ntodo = len(ready)
        if ntodo == 0:
            return
        # run exactly the callbacks that are ready now; the ones they
        # schedule run in the next iteration
        todo = ready[:ntodo]
        del ready[:ntodo]
        if _tracing:
            # (so that --trace can say which callback resumed what)
            for handle in todo:
                if type(handle) is tuple:
                    callback, *args = handle
                    try:
                        callback(*args)
                    except (SystemExit, KeyboardInterrupt):
                        raise
                    except BaseException as exc:
                        Handle(callback, tuple(args), self)._report(exc)
                elif isinstance(handle, Task):
                    try:
                        _run_task_entry(handle)
                    except (SystemExit, KeyboardInterrupt):
                        raise
                    except BaseException as exc:
                        Handle(handle._step, (), self)._report(exc)
                elif not handle._cancelled:
                    handle._run()
            return
        # the same, natively: run_ready(todo, i) runs todo[i:] and raises
        # what a callback raises, ready_failed_at() saying which one
        i = 0
        while i < ntodo:
            try:
                i = _native.run_ready(todo, i)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                i = _native.ready_failed_at()
                handle = todo[i]
                i += 1
                if isinstance(handle, Task):
                    Handle(handle._step, (), self)._report(exc)
                    continue
                if type(handle) is not tuple:
                    raise
                callback, *args = handle
                Handle(callback, tuple(args), self)._report(exc)


class _UnixSelectorEventLoop(BaseEventLoop):
    __module__ = "asyncio.unix_events"

    def __init__(self):
        super().__init__()
        logging = sys.modules.get("logging")
        if logging is not None:
            logging.getLogger("asyncio").debug("Using selector: EpollSelector")


SelectorEventLoop = _UnixSelectorEventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    _get_loop(fut).stop()


# ---------------------------------------------------------------- futures

class Future:
    __module__ = "_asyncio"
    _asyncio_future_blocking = False
    # True while an exception is set and nobody retrieved it: a future
    # dropped in that state is reported (see _report_dropped)
    _log_traceback = False
    # the attributes' initial values live in the class: a new future's
    # dict holds only what differs (many futures are created per second)
    _state = _PENDING
    _result = None
    _exception = None
    _cancel_message = None
    _cancelled_exc = None
    # () with no callback, the callback itself with one (most futures get
    # one or none: no container to allocate), a list from the second on;
    # `_callback_list` reads it as a list. A Task alone stands for its
    # `task_wakeup` (a task waiting on this future: see _step_yielded),
    # so that a waiting task holds no bound method.
    _callbacks = ()

    # (implicitly a classmethod, as in CPython)
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else _get_event_loop()

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={_short_repr(self._result)}")
        callbacks = _callback_list(self._callbacks)
        if callbacks:
            info.append(_format_callbacks(callbacks))
        return info

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            self._log_traceback = False
            # raised from the traceback it had when it was set, the first
            # time; later, from an empty one (as CPython's C future, which
            # forgets the traceback it kept once it has handed it back)
            tb = self._exception_tb
            self._exception_tb = 0
            raise _native.truncate_traceback(self._exception, tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop._soon(fn, self)
        else:
            # (see `_callbacks` above)
            callbacks = self._callbacks
            if type(callbacks) is tuple:
                self._callbacks = fn
            elif type(callbacks) is list:
                callbacks.append(fn)
            else:
                self._callbacks = [*_callback_list(callbacks), fn]

    def remove_done_callback(self, fn):
        callbacks = _callback_list(self._callbacks)
        kept = [f for f in callbacks if f != fn]
        removed = len(callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if type(callbacks) is tuple:
            return
        self._callbacks = ()
        if type(callbacks) is list:
            for callback in callbacks:
                self._loop._soon(callback, self)
        elif isinstance(callbacks, Task):
            if callbacks._fut_waiter is self:
                self._loop._soon_task(callbacks)
            else:
                self._loop._soon(callbacks.task_wakeup, self)
        else:
            self._loop._soon(callbacks, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        if _tracing and (type(self) is Future or type(self) is _SleepFuture):
            _native.trace(f"future completed: {_trace_label(self)}, result {_short_repr(result)}")
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = _native.traceback_len(exception)
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def cancel(self, msg=None):
        if self._state != _PENDING:
            if self._log_traceback:
                self._log_traceback = False
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def __await__(self):
        # a native iterator, CPython's FutureIter: yields self while
        # pending, then returns self.result()
        return _native.future_iter(self)

    __iter__ = __await__

    def _never_retrieved(self):
        # what CPython's Future.__del__ reports
        self._loop.call_exception_handler({
            "message": f"{self.__class__.__name__} exception was never retrieved",
            "exception": self._exception,
            "future": self,
        })


_native.finalize_on_drop(Future, "_log_traceback", True)
# `await fut` of a future that keeps this __await__ runs its two steps in
# the VM, without the iterator (src/asyncio/future_await.rs)
_native.future_await_setup(Future.__await__)


_future_add_done_callback = Future.add_done_callback


def _callback_list(callbacks):
    # a future's `_callbacks` as a list (see Future._callbacks)
    if type(callbacks) is tuple:
        return []
    if type(callbacks) is list:
        return callbacks
    if isinstance(callbacks, Task):
        return [callbacks.task_wakeup]
    return [callbacks]


def _report_dropped(dropped, at_exit=False):
    for fut in dropped:
        if fut._state == _PENDING:
            fut._destroyed_pending(at_exit)
        else:
            fut._never_retrieved()


def _run_finalizers(at_exit):
    # (called by the interpreter: by gc.collect(), and at exit)
    dropped = _native.take_finalized()
    if dropped is not None:
        _report_dropped(dropped, at_exit)


def _get_loop(fut):
    # the loop of a future, or of a duck-typed one without get_loop()
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


class _SleepFuture(Future):
    # A sleep's future that is also the timer completing it, in the loop's
    # heap as a TimerHandle would be (`_when`, `_scheduled`, `_cancelled`,
    # `_run`): one object per sleeping task instead of a future, a timer
    # handle and its argument tuple. Shown as the Future it stands for.
    _scheduled = True
    _cancelled = False
    _sleep_result = None

    def __init__(self, loop, when, result):
        self._loop = loop
        self._when = when
        if result is not None:
            self._sleep_result = result

    def __repr__(self):
        return f"<Future {' '.join(self._repr_info())}>"

    def _run(self):
        # the timer fired: _set_result_unless_cancelled(self, result)
        try:
            if not self.cancelled():
                self.set_result(self._sleep_result)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(_set_result_unless_cancelled, (self, self._sleep_result))
            self._loop.call_exception_handler({
                "message": f"Exception in callback {cb}",
                "exception": exc,
            })

    def cancel(self, msg=None):
        # the sleep is cancelled: so is its timer (TimerHandle.cancel)
        if not Future.cancel(self, msg):
            return False
        self._cancel_timer()
        return True

    def _cancel_timer(self):
        if not self._cancelled:
            if self._scheduled:
                self._loop._timer_cancelled_count += 1
            self._cancelled = True


def __sleep0():
    # a bare `yield` makes the running task give way for one loop
    # iteration; awaitable as types.coroutine makes it, as in CPython
    yield


__sleep0 = _iterable_coroutine(__sleep0)


# ---------------------------------------------------------------- tasks

class Task(Future):
    __module__ = "_asyncio"
    _num_cancels_requested = 0
    _must_cancel = False
    _fut_waiter = None
    _traced = False
    _name = None
    _log_destroy_pending = True
    _context = None

    def __init__(self, coro, *, loop=None, name=None, context=None):
        try:
            self._loop = loop if loop is not None else _get_event_loop()
            if type(coro).__name__ != "coroutine" and not iscoroutine(coro):
                raise TypeError(f"a coroutine was expected, got {coro!r}")
        except BaseException:
            # a task whose __init__ failed is never reported as destroyed pending
            self._log_destroy_pending = False
            raise
        if context is not None or _contexts_used:
            self._context = _context_for(context)
        if name is None:
            # the name "Task-N" is spelled out only when asked for
            _task_counter[0] += 1
            # (the number in `_name`'s slot: an int until a name is set)
            self._name = _task_counter[0]
        else:
            self._name = str(name)
        self._coro = coro
        # (slots every waiting task fills, made now: its attributes are
        # allocated once, not grown at its first await and again by
        # gather's callback)
        self._fut_waiter = None
        self._callbacks = ()
        self._loop._soon_task(self)
        _register_task(self)
        if _tracing and not _native.internal(coro):
            self._traced = True
            _native.trace(f"task {self.get_name()} created for {coro.__qualname__}()")

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = "cancelling"
        info.insert(1, f"name={self.get_name()!r}")
        info.insert(2, f"coro=<{_format_coroutine(self._coro)}>")
        if self._fut_waiter is not None:
            info.insert(3, f"wait_for={self._fut_waiter!r}")
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        name = self._name
        if type(name) is int:
            return f"Task-{name}"
        return name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        # the coroutine's frame and the frames that called it, outermost
        # first, or for a finished task the frames of its exception's
        # traceback; tikitaka's frames have no `f_back` and its exceptions
        # no `__traceback__` (DIVERGENCES.md), so this is at most the
        # coroutine's own frame
        coro = self._coro
        frame = None
        for attr in ("cr_frame", "gi_frame", "ag_frame"):
            if hasattr(coro, attr):
                frame = getattr(coro, attr)
                break
        frames = []
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._traced:
            _native.trace(f"task {self.get_name()} cancel requested")
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # leave _fut_waiter: it may be a task that ignores the
                # cancellation, to be cancelled again later
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    # a step of a pending, untraced task with nothing to throw in is native
    # (`task_step` in src/asyncio/loop_paths.rs); this is every other step,
    # and the native one calls the helpers below as this does
    _step = _native.task_step

    def _step_slow(self, exc=None):
        # (a task with a context runs its steps in it: never the native step)
        if self._context is not None:
            return self._context.run(self._step_in_context, exc)
        return self._step_in_context(exc)

    def _step_in_context(self, exc):
        if self._state != _PENDING:
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_task[0] = self
        if self._traced:
            _native.trace(f"task {self.get_name()} step" + ("" if exc is None else f" with {type(exc).__name__}"))
        result = self  # (for --trace: not a bare yield until the coroutine says so)
        try:
            # coro.send(None) or coro.throw(exc), without a StopIteration
            # when the coroutine returns
            done, result = _native.step(self._coro, exc)
        except BaseException as exc2:
            if _step_failed(self, exc2):
                raise
        else:
            if done:
                _step_done(self, result)
            else:
                _step_yielded(self, result)
        finally:
            _current_task[0] = None
            if self._traced:
                if self._state == _FINISHED and self._exception is not None:
                    _native.trace(f"task {self.get_name()} failed: {type(self._exception).__name__}")
                elif self._state != _PENDING:
                    _native.trace(f"task {self.get_name()} {self._state.lower()}")
                elif self._fut_waiter is not None:
                    _native.trace(f"task {self.get_name()} waits on {_trace_label(self._fut_waiter)}")
                elif result is None:
                    _native.trace(f"task {self.get_name()} gives way to the event loop (sleep(0))")

    # named as in CPython's C Task, whose reprs show `Task.task_wakeup()`
    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def _destroyed_pending(self, at_exit):
        # what CPython's Task.__del__ reports for a task freed while pending
        # (not, at exit, for a task of the loop set as the current one and
        # still open, which CPython's event loop policy keeps, with its
        # tasks, until it is too late to report anything)
        if at_exit and self._loop is _event_loop and not self._loop.is_closed():
            return
        if self._log_destroy_pending:
            self._loop.call_exception_handler({
                "task": self,
                "message": "Task was destroyed but it is pending!",
            })


_native.finalize_on_drop(Task, "_state", _PENDING)


def _kept_at_exit():
    # the coroutines (and what they await) of the pending tasks of the
    # current event loop while it is open: CPython's event loop policy keeps
    # that loop, and so they are never finalized (vm/finalize.rs leaves them)
    loop = _event_loop
    if loop is None or loop.is_closed():
        return []
    kept = []
    for task in _native.live_tasks(True):
        if task._loop is loop and not task.done():
            coro = task._coro
            while coro is not None and type(coro).__name__ in ("coroutine", "generator"):
                kept.append(coro)
                coro = coro.cr_await if type(coro).__name__ == "coroutine" else coro.gi_yieldfrom
    return kept


def _run_task_entry(task):
    # a task on the ready queue (BaseEventLoop._soon_task): its first step,
    # a step after a bare yield, or its wakeup by the future it waits for
    # (natively in run_ready)
    waiter = task._fut_waiter
    if waiter is None:
        task._step()
    else:
        task.task_wakeup(waiter)


def _step_failed(task, exc):
    # a step's coroutine raised exc: True when it must propagate
    if isinstance(exc, CancelledError):
        # keep the original exception: awaiting the task raises it
        task._cancelled_exc = exc
        Future.cancel(task)
        return False
    Future.set_exception(task, exc)
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


def _step_done(task, result):
    # a step's coroutine returned result
    if task._must_cancel:
        # cancelled right before the coroutine returned
        task._must_cancel = False
        Future.cancel(task, msg=task._cancel_message)
    else:
        Future.set_result(task, result)


def _step_yielded(task, result):
    # a step's coroutine yielded result: what the task waits for
    loop = task._loop
    if result is None:
        # a bare yield gives way for one loop iteration
        loop._soon_task(task)
        return
    blocking = getattr(result, "_asyncio_future_blocking", None)
    if blocking is not None:
        if _get_loop(result) is not loop:
            loop.call_soon(task._step, RuntimeError(f"Task {task!r} got Future {result!r} attached to a different loop"))
        elif blocking:
            if result is task:
                loop.call_soon(task._step, RuntimeError(f"Task cannot await on itself: {task!r}"))
            else:
                result._asyncio_future_blocking = False
                if (type(result).add_done_callback is _future_add_done_callback
                        and result._state == _PENDING and type(result._callbacks) is tuple):
                    # the first callback of a plain future: the task itself
                    # stands for `task.task_wakeup` (see Future._callbacks)
                    result._callbacks = task
                else:
                    result.add_done_callback(task.task_wakeup)
                task._fut_waiter = result
                if task._must_cancel:
                    if task._fut_waiter.cancel(msg=task._cancel_message):
                        task._must_cancel = False
        else:
            loop.call_soon(task._step, RuntimeError(f"yield was used instead of yield from in task {task!r} with {result!r}"))
    elif type(result).__name__ == "generator":
        loop.call_soon(task._step, RuntimeError(f"yield was used instead of yield from for generator in task {task!r} with {result!r}"))
    else:
        loop.call_soon(task._step, RuntimeError(f"Task got bad yield: {result!r}"))


_native.task_step_setup(Task._step_slow, _step_failed, _step_done, _step_yielded, BaseEventLoop._soon, _current_task, Task)


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            return
        set_name(name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    task = _current_task[0]
    if task is not None and task._loop is loop:
        return task
    return None


def _tasks_of(loop):
    # (tasks are registered weakly, as in CPython, at the end of __init__:
    # see _native.register_task)
    return [t for t in _native.live_tasks(False) if t._loop is loop and not t.done()]


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return set(_tasks_of(loop))


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, "__await__"):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


async def to_thread(func, /, *args, **kwargs):
    # func(*args, **kwargs) in the default executor (a green thread: see
    # _ThreadJob), awaited
    loop = get_running_loop()

    def call():
        return func(*args, **kwargs)

    return await loop.run_in_executor(None, call)


async def sleep(delay, result=None):
    if delay <= 0:
        await __sleep0()
        return result
    # (no local and no `try`: the frame of a sleeping coroutine has few
    # slots, there are many of them. On asyncio's own loop the future is
    # its own timer, which its `cancel` cancels; what CPython's `finally`
    # does for other exits (the timer has fired, or nobody waits on the
    # future any more) changes nothing that can be seen.)
    return await _sleep_future(delay, result)


def _sleep_future(delay, result):
    # what CPython's sleep does: a future, and a timer that sets its result
    # (`loop.call_later(delay, _set_result_unless_cancelled, future,
    # result)`), the timer cancelled once the sleep ends. On asyncio's own
    # loop the future is its own timer (_SleepFuture); a loop of another
    # class gets the two calls, in a coroutine that cancels the timer.
    loop = get_running_loop()
    if type(loop) is not _UnixSelectorEventLoop:
        return _sleep_on_timer(loop, delay, result)
    loop._check_closed()
    future = _SleepFuture(loop, loop.time() + delay, result)
    _timer_push(loop._scheduled, future)
    if _tracing:
        future._trace_label = f"sleep({delay!r})"
    return future


async def _sleep_on_timer(loop, delay, result):
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    if _tracing:
        future._trace_label = f"sleep({delay!r})"
    try:
        return await future
    finally:
        timer.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _releaser(waiter):
    # functools.partial(_release_waiter, waiter)
    def _release_waiter_cb(*args):
        _release_waiter(waiter, *args)
    return _release_waiter_cb


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _releaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # wait on a helper, not on fut: _cancel_and_wait stays cancellable
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def _unique(fs):
    seen = {}
    for f in fs:
        seen[f] = None
    return list(seen)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = _unique(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    # not a coroutine: a generator of coroutines, each waiting for the next
    # future to finish
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = _get_event_loop()
    todo = {}
    for f in _unique(fs):
        todo[ensure_future(f, loop=loop)] = None
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # a dummy value for _wait_for_one()
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(Future):
    __module__ = "asyncio.tasks"

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # a child was really cancelled: propagate the cancellation
            # whatever return_exceptions says
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    outer = None
    children = []

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            # (as in CPython, `fut` is rebound by this loop: the
            # cancellation below comes from the last child)
            for fut in children:
                if fut.cancelled():
                    res = CancelledError("" if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    # each distinct argument is awaited once (CPython keys a dict by the
    # argument). A pending Task or Future of asyncio's own classes is seen
    # again when it already holds this call's `_done_callback`, so the usual
    # `gather(*tasks)` needs no dict entry per task; other arguments are
    # looked up by identity
    arg_to_fut = None
    loop = None
    for arg in coros_or_futures:
        if (type(arg) is Task or type(arg) is Future) and arg._state == _PENDING:
            if _done_callback in _callback_list(arg._callbacks):
                children.append(arg)
                continue
            key = None
        else:
            key = id(arg)
            if arg_to_fut is None:
                arg_to_fut = {}
            elif key in arg_to_fut:
                children.append(arg_to_fut[key])
                continue
        fut = ensure_future(arg, loop=loop)
        if key is not None:
            arg_to_fut[key] = fut
        if loop is None:
            loop = _get_loop(fut)
        nfuts += 1
        fut.add_done_callback(_done_callback)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    if _tracing:
        outer._trace_label = "gather(" + ", ".join(_trace_label(c) for c in children) + ")"
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ---------------------------------------------------------------- locks

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _running_loop
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # locks have no use for the "as ..." clause
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = _object_repr(self)
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{res[1:-1]} [{extra}]>"

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        # the finally runs before the CancelledError handling, so that a
        # cancelled waiter does not try to wake up itself
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        # a done waiter will wake up later and take the lock, or (cancelled)
        # wake up the next one
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        res = _object_repr(self)
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{res[1:-1]} [{extra}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # export the lock's locked(), acquire() and release() methods
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        res = _object_repr(self)
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{res[1:-1]} [{extra}]>"

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # reacquire the lock even if the wait is cancelled
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = _object_repr(self)
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<{res[1:-1]} [{extra}]>"

    def locked(self):
        if self._value == 0:
            return True
        for w in (self._waiters or ()):
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


_FILLING = "filling"
_DRAINING = "draining"
_RESETTING = "resetting"
_BROKEN = "broken"


class Barrier(_LoopBoundMixin):
    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        res = _object_repr(self)
        extra = self._state
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return f"<{res[1:-1]} [{extra}]>"

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        await self._cond.acquire()
        try:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()
        finally:
            self._cond.release()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
        if self._state == _BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _FILLING)
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        await self._cond.acquire()
        try:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()
        finally:
            self._cond.release()

    async def abort(self):
        await self._cond.acquire()
        try:
            self._state = _BROKEN
            self._cond.notify_all()
        finally:
            self._cond.release()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------- queues

# PriorityQueue keeps its items in heapq's order, as CPython's does
from heapq import heappush as _heappush, heappop as _heappop


# (see Queue._to_deque)
_LONG_QUEUE = 256
# the steps of a Queue that never wait, in Rust (asyncio/queue_paths.rs):
# each answers "not here" when the lines after it must run (always, for a
# subclass: only the Queue class registered below takes them)
_queue_put = _native.queue_put
_queue_get = _native.queue_get
_queue_task_done = _native.queue_task_done
_MISSING = object()


def _queue_deque():
    # collections.deque whose pop(0) is popleft(), for the items of a long
    # Queue (whose own code pops with pop(0)); shown as a deque
    from collections import deque

    class _QueueDeque(deque):
        def pop(self, *index):
            if index == (0,):
                return self.popleft()
            return super().pop(*index)

    _QueueDeque.__name__ = _QueueDeque.__qualname__ = "deque"
    _QueueDeque.__module__ = "collections"
    return _QueueDeque


class _LazyQueueDeque:
    # makes the deque class on first use (importing collections then)
    cls = None

    def __call__(self, items):
        if _LazyQueueDeque.cls is None:
            _LazyQueueDeque.cls = _queue_deque()
        return _LazyQueueDeque.cls(items)


_QueueDeque = _LazyQueueDeque()


class Queue(_LoopBoundMixin):
    __module__ = "asyncio.queues"
    _watch_length = False

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # these three are overridable in subclasses

    def _init(self, maxsize):
        self._queue = []
        # an unbounded (or long) queue is watched: see _to_deque
        self._watch_length = maxsize <= 0 or maxsize > _LONG_QUEUE

    def _get(self):
        queue = self._queue
        if type(queue) is list:
            return queue.pop(0)
        # a deque, ours (a long queue) or one the program put there
        return queue.popleft()

    def _put(self, item):
        queue = self._queue
        queue.append(item)
        if self._watch_length and len(queue) > _LONG_QUEUE:
            self._to_deque()

    def _to_deque(self):
        # a long queue: list.pop(0) would move every item left at each get;
        # a deque's popleft() does not (CPython's queue is always a deque; a
        # short one is a list here, which is faster for the common case)
        self._queue = _QueueDeque(self._queue)
        self._watch_length = False

    def _wakeup_next(self, waiters):
        # wake up the next waiter (if any) that isn't cancelled
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        if getattr(self, "_queue", None):
            result += f" _queue={list(self._queue)!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _wait_while(self, blocked, waiters):
        # parks in `waiters` until blocked() is false, asked after each
        # wake-up (the caller found it true: CPython's `while self.full():`
        # loop, asking once per turn); a waiter cancelled after it was woken
        # passes the turn on to the next one in line
        while True:
            waiter = self._get_loop().create_future()
            waiters.append(waiter)
            try:
                await waiter
            except:
                waiter.cancel()  # just in case it is not done yet
                try:
                    waiters.remove(waiter)
                except ValueError:
                    # already removed by the other side's *_nowait()
                    pass
                if not blocked() and not waiter.cancelled():
                    self._wakeup_next(waiters)
                raise
            if not blocked():
                return

    # a Queue itself (not a subclass, which could override a step): `put`
    # and `get` do the steps of full/put_nowait/_put and
    # empty/get_nowait/_get inline, without a call for each (the same
    # lines as those methods, on purpose: a call per step was most of the
    # cost of an item)
    _inline_steps = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._inline_steps = False

    async def put(self, item):
        if _queue_put(self, item, _LONG_QUEUE):
            return None
        if self._inline_steps:
            if 0 < self._maxsize <= len(self._queue):
                await self._wait_while(self.full, self._putters)
            queue = self._queue
            queue.append(item)
            if self._watch_length and len(queue) > _LONG_QUEUE:
                self._to_deque()
            self._unfinished_tasks += 1
            finished = self._finished
            if finished._value:
                finished.clear()
            if self._getters:
                self._wakeup_next(self._getters)
            return None
        if self.full():
            await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if _queue_put(self, item, _LONG_QUEUE):
            return
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        # (what CPython's calls do, without the calls when they would do
        # nothing: this runs once per item)
        finished = self._finished
        if finished._value:
            finished.clear()
        if self._getters:
            self._wakeup_next(self._getters)

    async def get(self):
        item = _queue_get(self, _MISSING)
        if item is not _MISSING:
            return item
        if self._inline_steps:
            if not self._queue:
                await self._wait_while(self.empty, self._getters)
            item = self._get()
            if self._putters:
                self._wakeup_next(self._putters)
            return item
        if self.empty():
            await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        item = _queue_get(self, _MISSING)
        if item is not _MISSING:
            return item
        if self.empty():
            raise QueueEmpty
        item = self._get()
        if self._putters:
            self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if _queue_task_done(self):
            return
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


_native.queue_setup(Queue)


class PriorityQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---------------------------------------------------------------- timeouts

_T_CREATED = "created"
_T_ENTERED = "active"
_T_EXPIRING = "expiring"
_T_EXPIRED = "expired"
_T_EXITED = "finished"


class Timeout:
    """Asynchronous context manager for cancelling overdue coroutines."""
    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._state = _T_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != _T_ENTERED:
            if self._state == _T_CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state == _T_EXPIRING or self._state == _T_EXPIRED

    def __repr__(self):
        info = [""]
        if self._state == _T_ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    async def __aenter__(self):
        if self._state != _T_CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _T_ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == _T_EXPIRING:
            self._state = _T_EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # no new cancel requests: the cancellation was ours
                raise TimeoutError from exc_val
        elif self._state == _T_ENTERED:
            self._state = _T_EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _T_EXPIRING
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------- task groups

class TaskGroup:
    """Asynchronous context manager for managing groups of tasks."""
    __module__ = "asyncio.taskgroups"

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append(f"tasks={len(self._tasks)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # this flag means uncancel() *must* be called
            if self._parent_task.uncancel() == 0:
                # no pending cancellations left: don't propagate
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                # the parent task is being cancelled, or the body raised
                self._abort()
        # _on_completed_fut can be cancelled several times if the parent
        # task is cancelled repeatedly
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    # the parent task is being cancelled while its tasks run
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        # propagate a CancelledError, unless other errors have priority
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = _exception_group("unhandled errors in a TaskGroup", self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        _set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in list(self._tasks):
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent task {self._parent_task} is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # cancel the parent task to abort whatever it is awaiting in the
            # `async with` body; __aexit__ uncancels it later
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------- runners

_R_CREATED = "created"
_R_INITIALIZED = "initialized"
_R_CLOSED = "closed"


class Runner:
    """A context manager that controls event loop life cycle."""
    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _R_CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != _R_INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _R_CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _running_loop is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        # like CPython's runner: the first Ctrl-C cancels the main task
        previous = _native.set_sigint_handler(lambda: self._on_sigint(task))
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                if task.uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            _native.set_sigint_handler(previous)

    def _on_sigint(self, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            return
        raise KeyboardInterrupt()

    def _lazy_init(self):
        if self._state == _R_CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == _R_INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _R_INITIALIZED


def _cancel_all_tasks(loop):
    to_cancel = _tasks_of(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


# ---------------------------------------------------------------- I/O

from asyncio.streams import (BaseProtocol, BaseTransport, IncompleteReadError, LimitOverrunError, Protocol, Server,
                             StreamReader, StreamReaderProtocol, StreamWriter, SubprocessProtocol, open_connection,
                             start_server)
from asyncio.subprocess import create_subprocess_exec, create_subprocess_shell
