//! The `asyncio` module. Futures, tasks and the event loop are written in
//! Python (`asyncio.py`, compiled when first imported, as CPython's own
//! asyncio is); the primitives below are native. Time passes on a tokio
//! current-thread runtime: when the loop has nothing ready it blocks in
//! `wait_until`, which sleeps on tokio's timer (in short slices, so that
//! Ctrl-C still interrupts). This directory is the only code that touches tokio.

use crate::builtins::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// The Python half of the module.
pub const SOURCE: &str = include_str!("asyncio.py");

thread_local! {
    static START: Instant = Instant::now();
    static RUNTIME: Option<tokio::runtime::Runtime> = tokio::runtime::Builder::new_current_thread().enable_time().build().ok();
}

/// `_asyncio_native`: the primitives `asyncio.py` builds on.
pub fn native_module() -> Module {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str("_asyncio_native"));
    dict.set_item_str("monotonic", native("monotonic", monotonic));
    dict.set_item_str("wait_until", native("wait_until", wait_until));
    dict.set_item_str("tracing", native("tracing", tracing));
    dict.set_item_str("trace", native("trace", trace));
    dict.set_item_str("internal", native("internal", internal));
    Module { name: "_asyncio_native".into(), dict }
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
    Ok(Value::Bool(matches!(&args[0], Value::Generator(g) if g.code.filename.starts_with("<frozen "))))
}

fn now() -> f64 {
    START.with(|s| s.elapsed().as_secs_f64())
}

fn monotonic(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("monotonic", args, 0, 0)?;
    Ok(Value::Float(now()))
}

/// Blocks until the loop clock reaches `deadline` (seconds).
fn wait_until(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("wait_until", args, 1, 1)?;
    let deadline = match &args[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        _ => return Err(type_error("wait_until() needs a number")),
    };
    loop {
        let left = deadline - now();
        if left <= 0.0 || !left.is_finite() {
            return Ok(Value::None);
        }
        let slice = Duration::from_secs_f64(left.min(0.05));
        RUNTIME.with(|rt| match rt {
            Some(rt) => rt.block_on(async { tokio::time::sleep(slice).await }),
            None => std::thread::sleep(slice),
        });
        vm.check_interrupt()?;
    }
}
