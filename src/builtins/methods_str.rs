//! Methods of `str` and `bytes`.

use super::{add_methods, method_arity};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(&t.str, "str", &[("join", join), ("upper", upper), ("lower", lower)]);
}

fn this(args: &[Value]) -> PyResult<&PyStr> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(type_error(format!("descriptor requires a 'str' object but received a '{}'", type_name(other)))),
        None => Err(type_error("descriptor needs an argument")),
    }
}

fn join(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("str.join", args, 1, 1)?;
    let sep = this(args)?.as_str().to_string();
    let items = vm.collect(&args[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match x {
            Value::Str(s) => out.push_str(s.as_str()),
            other => return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(other)))),
        }
    }
    Ok(Value::str(out))
}

fn upper(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::str(this(args)?.as_str().to_uppercase()))
}

fn lower(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::str(this(args)?.as_str().to_lowercase()))
}
