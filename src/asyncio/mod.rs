//! The `asyncio` module. Futures, tasks and the event loop are written in
//! Python (`asyncio.py`, compiled when first imported, as CPython's own
//! asyncio is); the primitives below are native, and `loop_paths.rs` does
//! a task's common step and the run of ready callbacks natively. `reactor.rs` owns the tokio
//! current-thread runtime: when the loop has nothing ready it blocks in
//! `wait`, until the next timer deadline or an I/O event from a task of
//! `streams.rs` (TCP, pipes) or `process.rs` (children). This directory is
//! the only code that touches tokio.

use crate::builtins::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use crate::vm::generator::{Delegated, GenState};
use std::rc::Rc;

pub mod future_await;
pub mod loop_paths;
pub mod process;
pub mod queue_paths;
pub mod reactor;
pub mod streams;
pub mod timers;

pub use reactor::VIRTUAL_TIME;

/// The Python half of the module.
pub const SOURCE: &str = include_str!("asyncio.py");

/// The submodules written in Python: streams and transports, subprocesses.
pub fn submodule_source(name: &str) -> Option<&'static str> {
    match name {
        "asyncio.streams" => Some(include_str!("streams.py")),
        "asyncio.subprocess" => Some(include_str!("subprocess.py")),
        _ => None,
    }
}

/// `_asyncio_native`: the primitives `asyncio.py` builds on.
pub fn native_module() -> Module {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str("_asyncio_native"));
    let fns: &[(&'static str, NativeFn)] = &[
        ("monotonic", monotonic),
        ("wait", reactor::py_wait),
        ("poll", reactor::py_poll),
        ("io_active", reactor::py_io_active),
        ("os_error", reactor::py_os_error),
        ("strerror", reactor::py_strerror),
        ("getaddrinfo", streams::py_getaddrinfo),
        ("tcp_connect", streams::py_tcp_connect),
        ("tcp_listen", streams::py_tcp_listen),
        ("tcp_accept", streams::py_tcp_accept),
        ("listener_close", streams::py_listener_close),
        ("stream_start", streams::py_stream_start),
        ("stream_write", streams::py_stream_write),
        ("stream_buffer_size", streams::py_stream_buffer_size),
        ("stream_pause", streams::py_stream_pause),
        ("stream_write_eof", streams::py_stream_write_eof),
        ("stream_close", streams::py_stream_close),
        ("stream_abort", streams::py_stream_abort),
        ("flush_writes", streams::py_flush_writes),
        ("step", step),
        ("task_step", loop_paths::task_step),
        ("contexts_used", loop_paths::contexts_used),
        ("task_step_setup", loop_paths::task_step_setup),
        ("live_tasks", loop_paths::live_tasks),
        ("register_task", loop_paths::register_task),
        ("run_ready", loop_paths::run_ready),
        ("queue_setup", queue_paths::queue_setup),
        ("queue_put", queue_paths::queue_put),
        ("queue_get", queue_paths::queue_get),
        ("queue_task_done", queue_paths::queue_task_done),
        ("ready_failed_at", loop_paths::ready_failed_at),
        ("future_iter", future_iter),
        ("future_await_setup", future_await::future_await_setup),
        ("timer_push", timers::py_timer_push),
        ("timer_pop", timers::py_timer_pop),
        ("timer_heapify", timers::py_timer_heapify),
        ("set_sigint_handler", set_sigint_handler),
        ("finalize_on_drop", finalize_on_drop),
        ("take_finalized", take_finalized),
        ("format_exception", format_exception),
        ("coro_where", coro_where),
        ("spawn", process::py_spawn),
        ("child_wait", process::py_child_wait),
        ("send_signal", process::py_send_signal),
        ("thread_start", thread_start),
        ("traceback_len", traceback_len),
        ("truncate_traceback", truncate_traceback),
        ("thread_resume", thread_resume),
    ];
    for (name, f) in fns {
        dict.set_item_str(name, native(name, *f));
    }
    dict.set_item_str("tracing", native("tracing", tracing));
    dict.set_item_str("trace", native("trace", trace));
    dict.set_item_str("internal", native("internal", internal));
    Module { name: "_asyncio_native".into(), dict }
}

/// `traceback_len(exc)`: how many entries the exception's traceback has
/// (a future keeps it with the exception, as CPython keeps `__traceback__`).
fn traceback_len(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("traceback_len", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Instance(inst) => Value::Int(inst.exc.as_ref().map_or(0, |d| d.borrow().traceback.len()) as i64),
        _ => Value::Int(0),
    })
}

/// `truncate_traceback(exc, n)`: the exception, its traceback cut back to
/// its innermost `n` entries: raising it again starts from where the future got it
/// (CPython's `raise exc.with_traceback(tb)`).
fn truncate_traceback(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("truncate_traceback", args, 2, 2)?;
    if let (Value::Instance(inst), Value::Int(n)) = (&args[0], &args[1])
        && let Some(data) = &inst.exc
    {
        // (entries are outermost first: the innermost `n` stay)
        let tb = &mut data.borrow_mut().traceback;
        let extra = tb.len().saturating_sub((*n).max(0) as usize);
        tb.drain(..extra);
    }
    Ok(args[0].clone())
}

/// Forgets the Python objects asyncio registered on this thread (a test
/// runner, between programs run on one thread).
pub fn forget_registrations() {
    loop_paths::forget();
    future_await::forget();
}

/// `thread_start(func, args)`: runs `func(*args)` as a green thread (see
/// `vm/green_thread.rs`).
fn thread_start(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("thread_start", args, 2, 2)?;
    let call_args = match &args[1] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(type_error("thread_start() needs a tuple of arguments")),
    };
    vm.green_start(&args[0], call_args)
}

/// `thread_resume(id)`: resumes a green thread after its sleep.
fn thread_resume(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("thread_resume", args, 1, 1)?;
    match &args[0] {
        Value::Int(id) if *id > 0 => vm.green_resume(*id as u64),
        _ => Err(type_error("thread_resume() needs a thread id")),
    }
}

/// `future_iter(fut)`: what `Future.__await__` returns (see `IterKind::FutureAwait`).
fn future_iter(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("future_iter", args, 1, 1)?;
    Ok(future_await::iterator(args[0].clone(), false))
}

/// Whether an asyncio future is still pending: its `_state`, read as
/// CPython's C future reads its own field (an overridden `done()` does
/// not count).
pub fn future_pending(vm: &mut Vm, future: &Value) -> PyResult<bool> {
    let state = vm.get_attr(future, &crate::object::string::intern("_state"))?;
    Ok(matches!(&state, Value::Str(s) if s.as_str() == "PENDING"))
}

fn tracing(vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.trace))
}

fn trace(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("trace", args, 1, 1)?;
    let text = vm.str(&args[0])?;
    vm.trace_event(&text);
    Ok(Value::None)
}

/// Whether a coroutine belongs to tikitaka's own asyncio code (not traced).
fn internal(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("internal", args, 1, 1)?;
    Ok(Value::Bool(matches!(&args[0], Value::Generator(g) if g.code().filename.starts_with("<frozen "))))
}

fn monotonic(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("monotonic", args, 0, 0)?;
    Ok(Value::Float(reactor::now()))
}

/// `finalize_on_drop(cls, flag, armed)`: see `object/finalize.rs`.
fn finalize_on_drop(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("finalize_on_drop", args, 3, 3)?;
    let (Value::Class(cls), Value::Str(flag)) = (&args[0], &args[1]) else { return Err(type_error("finalize_on_drop(cls, flag, armed)")) };
    crate::object::finalize::register(cls.clone(), flag.as_str(), args[2].clone());
    Ok(Value::None)
}

/// `take_finalized()`: the dropped instances waiting for their finalizer (None when there are none).
fn take_finalized(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let pending = crate::object::finalize::take();
    Ok(if pending.is_empty() { Value::None } else { Value::list(pending) })
}

/// `format_exception(exc)`: the report CPython's `traceback.print_exception` prints.
fn format_exception(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("format_exception", args, 1, 1)?;
    match PyErr::from_value(&args[0]) {
        Some(e) => Ok(Value::str(vm.format_exception(&e))),
        None => Err(type_error("format_exception() needs an exception")),
    }
}

/// `coro_where(coro)`: `(filename, line, done)`, the line where a coroutine
/// is suspended (its first line if it has not started), or where it was
/// defined once it is done, for CPython's `coro=<f() running at FILE:LINE>`.
fn coro_where(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("coro_where", args, 1, 1)?;
    let Value::Generator(g) = &args[0] else { return Ok(Value::None) };
    let filename = Value::str(g.code().filename.to_string());
    Ok(g.frame.inspect(|frame| match (frame, g.state()) {
        (_, GenState::Closed) => Value::tuple(vec![filename, Value::Int(g.code().first_line as i64), Value::Bool(true)]),
        (Some(f), GenState::Suspended) => Value::tuple(vec![filename, Value::Int(f.code.position(f.ip as usize).line as i64), Value::Bool(false)]),
        _ => Value::tuple(vec![filename, Value::Int(g.code().first_line as i64), Value::Bool(false)]),
    }))
}

/// `set_sigint_handler(fn)`: `fn()` runs on Ctrl-C instead of a
/// `KeyboardInterrupt` being raised (None restores that); returns the
/// previous handler.
fn set_sigint_handler(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("set_sigint_handler", args, 1, 1)?;
    let new = if args[0].is_none() { None } else { Some(args[0].clone()) };
    Ok(std::mem::replace(&mut vm.sigint_handler, new).unwrap_or_default())
}

/// `step(coro, exc)`: one step of a task, `coro.send(None)` (or
/// `coro.throw(exc)`), as `(done, value)`: `(False, yielded)` or
/// `(True, returned)`, so that a finished coroutine costs no StopIteration.
fn step(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("step", args, 2, 2)?;
    let r = match (&args[0], &args[1]) {
        (Value::Generator(g), Value::None) => vm.resume(&g.clone(), Value::None)?,
        (Value::Generator(g), exc) => {
            let err = vm.make_exception(exc.clone(), "exceptions must derive from BaseException")?;
            vm.throw(&g.clone(), err)?
        }
        (other, exc) => step_other(vm, other, exc)?,
    };
    Ok(match r {
        Delegated::Yielded(v) => Value::tuple(vec![Value::Bool(false), v]),
        Delegated::Returned(v) => Value::tuple(vec![Value::Bool(true), v]),
    })
}

/// `step` of a coroutine-like object that is not one of tikitaka's own
/// (an async generator's `aclose()`, a class with the Coroutine protocol):
/// its `send(None)` or `throw(exc)`, a StopIteration being its return.
fn step_other(vm: &mut Vm, coro: &Value, exc: &Value) -> PyResult<Delegated> {
    let (name, arg) = if exc.is_none() { ("send", Value::None) } else { ("throw", exc.clone()) };
    let method = vm.get_attr(coro, &string::intern(name))?;
    let r = vm.call_value(&method, vec![arg], vec![]);
    vm.delegated(r)
}
