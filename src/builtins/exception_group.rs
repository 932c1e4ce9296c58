//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), as CPython 3.11's
//! `Objects/exceptions.c` has them: construction rules and messages
//! (`check_new`), `message`/`exceptions` (in `vm/attr.rs`), `str()`,
//! `derive`, `subgroup` and `split`. Their uncaught tracebacks are drawn in
//! `vm/traceback.rs`. `except*` is not supported (a SyntaxError says so).

use super::{add_methods, arity};
use crate::object::class::Class;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(
        &t.base_exception_group,
        "BaseExceptionGroup",
        &[("__str__", eg_str), ("derive", eg_derive), ("subgroup", eg_subgroup), ("split", eg_split)],
    );
}

/// The items of the `exceptions` argument, or None when it is not a sequence.
fn sequence_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.items.borrow().clone()),
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    }
}

fn is_exception(v: &Value, cls: &Rc<Class>) -> bool {
    matches!(v, Value::Instance(i) if i.exc.is_some() && i.class.is_subclass(cls))
}

/// Validates `cls(message, exceptions)` and returns the class to build:
/// `BaseExceptionGroup` becomes `ExceptionGroup` when every item is an
/// `Exception` (BaseExceptionGroup.__new__ in CPython).
pub fn check_new(vm: &mut Vm, cls: &Rc<Class>, args: &[Value]) -> PyResult<Rc<Class>> {
    let t = vm.types.clone();
    if args.len() != 2 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", type_name(&args[0]))));
    }
    let Some(items) = sequence_items(&args[1]) else {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    };
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        if !is_exception(item, &t.base_exception) {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= is_exception(item, &t.exception);
    }
    if Rc::ptr_eq(cls, &t.base_exception_group) {
        return Ok(if all_exceptions { t.exception_group.clone() } else { cls.clone() });
    }
    if !all_exceptions && cls.is_subclass(&t.exception) {
        return Err(type_error(if Rc::ptr_eq(cls, &t.exception_group) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", cls.name)
        }));
    }
    Ok(cls.clone())
}

fn group_args(v: &Value) -> PyResult<(Value, Vec<Value>)> {
    if let Value::Instance(i) = v
        && let Some(d) = &i.exc
    {
        let d = d.borrow();
        if let (Some(msg), Some(items)) = (d.args.first(), d.args.get(1).and_then(sequence_items)) {
            return Ok((msg.clone(), items));
        }
    }
    Err(type_error("descriptor requires a 'BaseExceptionGroup' object"))
}

/// `eg.exceptions`: the sub-exceptions as a tuple.
pub fn exceptions_of(v: &Value) -> Option<Vec<Value>> {
    group_args(v).ok().map(|(_, items)| items)
}

/// `eg.message`.
pub fn message_of(v: &Value) -> Option<Value> {
    group_args(v).ok().map(|(m, _)| m)
}

fn eg_str(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("__str__", args, 1, 1)?;
    let (msg, items) = group_args(&args[0])?;
    let msg = vm.str(&msg)?;
    let n = items.len();
    Ok(Value::str(format!("{msg} ({n} sub-exception{})", if n > 1 { "s" } else { "" })))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn eg_derive(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("derive", args, 2, 2)?;
    let (msg, _) = group_args(&args[0])?;
    let cls = vm.types.base_exception_group.clone();
    vm.instantiate(&cls, vec![msg, args[1].clone()], vec![])
}

/// How `split`/`subgroup` test an exception.
enum Matcher {
    Types(Vec<Rc<Class>>),
    Predicate(Value),
}

fn matcher(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
    let base = vm.types.base_exception.clone();
    match cond {
        Value::Class(c) if c.is_subclass(&base) => return Ok(Matcher::Types(vec![c.clone()])),
        Value::Tuple(t) => {
            let mut classes = Vec::new();
            for item in t.items.iter() {
                match item {
                    Value::Class(c) if c.is_subclass(&base) => classes.push(c.clone()),
                    _ => return Err(type_error("expected a function, exception type or tuple of exception types")),
                }
            }
            return Ok(Matcher::Types(classes));
        }
        Value::Class(_) => {}
        _ if crate::builtins::functions::is_callable(vm, cond) => return Ok(Matcher::Predicate(cond.clone())),
        _ => {}
    }
    Err(type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, m: &Matcher, exc: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(classes) => Ok(matches!(exc, Value::Instance(i) if classes.iter().any(|c| i.class.is_subclass(c)))),
        Matcher::Predicate(f) => {
            let r = vm.call_value(f, vec![exc.clone()], vec![])?;
            vm.truthy(&r)
        }
    }
}

/// `derive(excs)` plus the traceback, cause and context of the original.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derived = vm.call_method(orig, &PyStr::new("derive"), vec![Value::list(excs)])?.unwrap_or(Value::None);
    let group_cls = vm.types.base_exception_group.clone();
    if !is_exception(&derived, &group_cls) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (PyErr::from_value(orig), PyErr::from_value(&derived)) {
        let (tb, cause, context, suppress) = {
            let d = src.data();
            (d.traceback.clone(), d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let mut d = dst.data();
        d.traceback = tb;
        d.cause = cause;
        d.context = context;
        d.suppress_context = suppress;
    }
    Ok(Some(derived))
}

/// CPython's exceptiongroup_split_recursive: (matching part, rest).
fn split_recursive(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let group_cls = vm.types.base_exception_group.clone();
    if !is_exception(exc, &group_cls) {
        return Ok((None, if with_rest { Some(exc.clone()) } else { None }));
    }
    let (_, items) = group_args(exc)?;
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for item in &items {
        let (a, b) = split_recursive(vm, item, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest { subset(vm, exc, rest)? } else { None };
    Ok((matched, rest))
}

fn eg_split(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("split", args, 2, 2)?;
    let m = matcher(vm, &args[1])?;
    let (a, b) = split_recursive(vm, &args[0], &m, true)?;
    Ok(Value::tuple(vec![a.unwrap_or(Value::None), b.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("subgroup", args, 2, 2)?;
    let m = matcher(vm, &args[1])?;
    Ok(split_recursive(vm, &args[0], &m, false)?.0.unwrap_or(Value::None))
}
