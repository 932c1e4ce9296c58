//! Methods of generator objects: `send`, `throw`, `close`, `__next__`,
//! `__iter__`, and the attributes used in teaching (`gi_running`, …).

use super::{add_methods, method_arity};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use crate::vm::asyncgen::{AsyncGenAction, async_gen_op};
use crate::vm::generator::{Delegated, GenState, Generator};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(&t.iterator, "iterator", &[("__next__", iterator_next), ("__iter__", iter)]);
    add_methods(&t.generator, "generator", &[("send", send), ("throw", throw), ("close", close), ("__next__", next), ("__iter__", iter)]);
    add_methods(&t.coroutine, "coroutine", &[("send", send), ("throw", throw), ("close", close), ("__await__", coroutine_await)]);
    add_methods(
        &t.async_generator,
        "async_generator",
        &[("__aiter__", iter), ("__anext__", anext), ("asend", asend), ("athrow", athrow), ("aclose", aclose)],
    );
    for (name, f) in [("ag_running", gi_running as NativeFn), ("ag_frame", gi_frame), ("ag_await", gi_yieldfrom), ("ag_code", gi_code)] {
        let getter = super::native(name, f);
        t.async_generator.dict.set_item_str(name, Value::Property(Rc::new(Property::new(getter, Value::None, Value::None, Value::None))));
    }
    for name in ["async_generator_asend", "async_generator_athrow", "anext_awaitable"] {
        let cls = t.iter_class(name);
        add_methods(
            &cls,
            name,
            &[("send", op_send), ("throw", op_throw), ("close", op_close), ("__await__", iter), ("__iter__", iter), ("__next__", op_next)],
        );
    }
    // (no `__await__`: a coroutine_wrapper is an iterator, not an awaitable)
    let cls = t.iter_class("coroutine_wrapper");
    add_methods(&cls, "coroutine_wrapper", &[("send", op_send), ("throw", op_throw), ("close", op_close), ("__iter__", iter), ("__next__", op_next)]);
    for (name, f) in [
        ("cr_running", gi_running as NativeFn),
        ("cr_suspended", gi_suspended),
        ("cr_frame", gi_frame),
        ("cr_await", gi_yieldfrom),
        ("cr_code", gi_code),
    ] {
        let getter = super::native(name, f);
        t.coroutine.dict.set_item_str(name, Value::Property(Rc::new(Property::new(getter, Value::None, Value::None, Value::None))));
    }
    add_methods(&t.frame, "frame", &[("__repr__", frame_repr)]);
    for (name, f) in [
        ("gi_running", gi_running as NativeFn),
        ("gi_suspended", gi_suspended),
        ("gi_frame", gi_frame),
        ("gi_yieldfrom", gi_yieldfrom),
        ("gi_code", gi_code),
    ] {
        let getter = super::native(name, f);
        t.generator.dict.set_item_str(name, Value::Property(Rc::new(Property::new(getter, Value::None, Value::None, Value::None))));
    }
}

fn this(args: &[Value]) -> PyResult<&Rc<Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g),
        _ => Err(type_error("descriptor requires a 'generator' object")),
    }
}

/// Turns a resume result into what `send`/`next` return.
fn yielded(r: Delegated) -> PyResult<Value> {
    match r {
        Delegated::Yielded(v) => Ok(v),
        Delegated::Returned(v) => Err(stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn send(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    if args.len() != 2 {
        // (`generator.send() takes exactly one argument (2 given)`)
        method_arity(&format!("{}.send", g.kind_name()), args, 1, 1)?;
    }
    let r = vm.resume(&g, args[1].clone())?;
    yielded(r)
}

fn next(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    let r = vm.resume(&g, Value::None)?;
    yielded(r)
}

fn iterator_next(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or_default();
    match vm.next_fast(&it)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.stop_value.take().filter(|v| !v.is_none());
            Err(stop_iteration(v))
        }
    }
}

fn iter(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or_default())
}

fn throw(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("throw", args, 1, 3)?;
    let g = this(args)?.clone();
    let err = match (&args[1], args.get(2)) {
        (Value::Class(c), Some(v)) if !v.is_none() => match PyErr::from_value(v).filter(|e| e.is_instance_of(c)) {
            Some(e) => e,
            None => {
                // Type(value), or Type(*value) for a tuple
                let cargs = match v {
                    Value::Tuple(t) => t.items.to_vec(),
                    other => vec![other.clone()],
                };
                let inst = vm.call_value(&Value::Class(c.clone()), cargs, vec![])?;
                vm.make_exception(inst, "exceptions must derive from BaseException")?
            }
        },
        (v @ Value::Instance(_), Some(extra)) if !extra.is_none() && PyErr::from_value(v).is_some() => {
            return Err(type_error("instance exception may not have a separate value"));
        }
        (v, _) => vm.make_exception(
            v.clone(),
            &format!("exceptions must be classes or instances deriving from BaseException, not {}", crate::object::types::type_name(v)),
        )?,
    };
    let r = vm.throw(&g, err)?;
    yielded(r)
}

fn anext(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(args)?;
    Ok(async_gen_op(g, AsyncGenAction::Send(Value::None)))
}

fn asend(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("asend", args, 1, 1)?;
    let g = this(args)?;
    Ok(async_gen_op(g, AsyncGenAction::Send(args[1].clone())))
}

fn athrow(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("athrow", args, 1, 3)?;
    let g = this(args)?.clone();
    let err = vm.make_exception(args[1].clone(), "exceptions must be classes or instances deriving from BaseException")?;
    Ok(async_gen_op(&g, AsyncGenAction::Throw(err)))
}

fn aclose(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(args)?;
    Ok(async_gen_op(g, AsyncGenAction::Close))
}

fn op_this(args: &[Value]) -> PyResult<Rc<PyIterator>> {
    match args.first() {
        Some(Value::Iterator(it)) => Ok(it.clone()),
        _ => Err(type_error("descriptor requires an async generator awaitable")),
    }
}

fn op_result(r: Delegated) -> PyResult<Value> {
    match r {
        Delegated::Yielded(v) => Ok(v),
        Delegated::Returned(v) => Err(stop_iteration(if v.is_none() { None } else { Some(v) })),
    }
}

fn op_send(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("send", args, 1, 1)?;
    let it = op_this(args)?;
    let r = vm.awaitable_step(&it, Ok(args[1].clone()))?;
    op_result(r)
}

fn op_next(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let it = op_this(args)?;
    let r = vm.awaitable_step(&it, Ok(Value::None))?;
    op_result(r)
}

/// `coroutine.__await__()`: a `coroutine_wrapper` iterator over the coroutine.
fn coroutine_await(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("__await__", args, 0, 0)?;
    let g = this(args)?;
    let kind = IterKind::AwaitWrapper { inner: Value::Generator(g.clone()), default: None, started: true };
    Ok(crate::vm::iter::make_iter(kind, "coroutine_wrapper"))
}

fn op_throw(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("throw", args, 1, 3)?;
    let it = op_this(args)?;
    let err = vm.make_exception(args[1].clone(), "exceptions must be classes or instances deriving from BaseException")?;
    let r = vm.awaitable_step(&it, Err(err))?;
    op_result(r)
}

fn op_close(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let it = op_this(args)?;
    vm.awaitable_close(&it)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    vm.close_generator(&g)?;
    Ok(Value::None)
}

fn gi_running(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(args)?.state() == GenState::Running))
}

fn gi_suspended(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(args)?.state() == GenState::Suspended))
}

fn gi_frame(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    Ok(frame_of(vm, &g).unwrap_or_default())
}

/// A `frame` object for generator `g`'s frame: a snapshot (tikitaka's frame
/// objects are not live) of its line, locals, code and globals; None once
/// the generator is closed.
fn frame_of(vm: &mut Vm, g: &Rc<Generator>) -> Option<Value> {
    if g.state() == GenState::Closed {
        return None;
    }
    let parts = g.frame.inspect(|f| f.map(|f| (snapshot_locals(f), f.line(), f.globals.clone())));
    // a running generator's frame is in the run loop, out of reach here:
    // its definition line, no locals (a known gap, see DIVERGENCES.md)
    let (locals, line, globals) = parts.unwrap_or_else(|| (PyDict::new(), g.code_object().first_line, vm.builtins.clone()));
    // a frame that has not started reports its definition line
    let line = if g.state() == GenState::Created { g.code_object().first_line } else { line };
    let frame = crate::builtins::construct::new_instance(&vm.types.frame, vec![]);
    if let Value::Instance(inst) = &frame {
        let code = g.code_object();
        let name = |s: &str| crate::object::string::intern(s);
        inst.set_attr(name("f_lineno"), Value::Int(line as i64));
        inst.set_attr(name("f_locals"), Value::Dict(Rc::new(locals)));
        inst.set_attr(name("f_code"), Value::Code(code));
        inst.set_attr(name("f_globals"), Value::Dict(globals));
        inst.set_attr(name("f_back"), Value::None);
    }
    Some(frame)
}

/// A frame's set local variables, then its cell and free variables.
pub fn snapshot_locals(f: &crate::vm::frame::Frame) -> PyDict {
    let d = PyDict::new();
    for (i, name) in f.code.varnames.iter().enumerate() {
        if let Some(v) = f.local(i) {
            d.set_str(name.clone(), v.clone());
        }
    }
    for (i, name) in f.code.cellvars.iter().chain(f.code.freevars.iter()).enumerate() {
        if let Some(v) = f.cells().get(i).and_then(|c| c.get()) {
            d.set_str(name.clone(), v);
        }
    }
    d
}

/// `frame.__repr__`: `<frame at 0x…, file '…', line N, code NAME>`.
fn frame_repr(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else { return Ok(Value::str("<frame>")) };
    let get = |n: &str| inst.get_attr(&crate::object::string::intern(n));
    let line = match get("f_lineno") {
        Some(Value::Int(i)) => i,
        _ => 0,
    };
    let (file, name) = match get("f_code") {
        Some(Value::Code(c)) => (c.filename.to_string(), c.name.to_string()),
        _ => (String::new(), String::new()),
    };
    Ok(Value::str(format!("<frame at {:#x}, file '{file}', line {line}, code {name}>", Rc::as_ptr(inst) as usize)))
}

/// `inspect.getgeneratorlocals(gen)` / `inspect.getcoroutinelocals(coro)`.
pub fn generator_locals(vm: &mut Vm, g: &Rc<Generator>) -> Value {
    match frame_of(vm, g) {
        Some(Value::Instance(f)) => f.get_attr(&crate::object::string::intern("f_locals")).unwrap_or_default(),
        _ => Value::Dict(Rc::new(PyDict::new())),
    }
}

fn gi_yieldfrom(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let g = this(args)?;
    Ok(g.frame.inspect(|frame| match frame {
        Some(f) if matches!(f.op_at_ip(), Some(crate::bytecode::Op::YieldFrom(_))) => f.stack.last().cloned().unwrap_or_default(),
        // waiting on a plain future (asyncio/future_await.rs)
        Some(f) if matches!(f.op_at_ip(), Some(crate::bytecode::Op::AwaitResume)) => {
            crate::asyncio::future_await::iterator(f.stack.last().cloned().unwrap_or_default(), true)
        }
        _ => Value::None,
    }))
}

fn gi_code(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Code(this(args)?.code_object()))
}
