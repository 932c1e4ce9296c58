//! Built-in modules: `sys` (argv, exit, stdout/stderr, recursion limit,
//! version_info) and `math`; `asyncio` arrives with native coroutines.

use super::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

/// Creates the built-in module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> Option<Module> {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str(name));
    match name {
        "sys" => {
            let argv = vm.argv.iter().map(|a| Value::str(a.clone())).collect();
            dict.set_item_str("argv", Value::list(argv));
            dict.set_item_str("exit", native("exit", sys_exit));
            dict.set_item_str("getrecursionlimit", native("getrecursionlimit", getrecursionlimit));
            dict.set_item_str("setrecursionlimit", native("setrecursionlimit", setrecursionlimit));
            let items = vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)];
            let fields: &'static [&'static str] = &["major", "minor", "micro", "releaselevel", "serial"];
            let vi = PyTuple { items: items.into_boxed_slice(), fields: Some(("sys.version_info", fields)) };
            dict.set_item_str("version_info", Value::Tuple(Rc::new(vi)));
            dict.set_item_str("version", Value::str("3.11.7 (tikitaka)"));
            dict.set_item_str("platform", Value::str("linux"));
            dict.set_item_str("maxsize", Value::Int(i64::MAX));
            dict.set_item_str("stdout", stream(vm, "stdout"));
            dict.set_item_str("stderr", stream(vm, "stderr"));
            dict.set_item_str("modules", Value::Dict(vm.modules.clone()));
        }
        "math" => return Some(super::math::create_math(vm)),
        _ => return None,
    }
    Some(Module { name: name.to_string(), dict })
}

fn stream(_vm: &mut Vm, which: &str) -> Value {
    let d = Rc::new(PyDict::new());
    d.set_item_str("__name__", Value::str(which));
    if which == "stdout" {
        d.set_item_str("write", native("write", stdout_write));
        d.set_item_str("flush", native("flush", stdout_flush));
    } else {
        d.set_item_str("write", native("write", stderr_write));
        d.set_item_str("flush", native("flush", stderr_flush));
    }
    Value::Module(Rc::new(Module { name: format!("sys.{which}"), dict: d }))
}

fn text_arg(args: &[Value]) -> PyResult<String> {
    arity("write", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!("write() argument must be str, not {}", crate::object::types::type_name(other)))),
    }
}

fn stdout_write(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = text_arg(args)?;
    vm.write_out(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn stderr_write(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let s = text_arg(args)?;
    vm.write_err(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn stdout_flush(vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    vm.flush_out();
    Ok(Value::None)
}

fn stderr_flush(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn sys_exit(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("exit", args, 0, 1)?;
    Err(PyErr::with_args(&vm.types.system_exit, args.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("setrecursionlimit", args, 1, 1)?;
    match &args[0] {
        Value::Int(n) if *n >= 1 => {
            // frames live on the heap, but native re-entry uses the Rust stack: cap it
            vm.recursion_limit = (*n as usize).min(100_000);
            Ok(Value::None)
        }
        Value::Int(_) => Err(value_error("recursion limit must be greater or equal than 1")),
        other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", crate::object::types::type_name(other)))),
    }
}
