//! Methods of `dict`, `set` and `frozenset`.

use super::{add_methods, method_arity};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::types::type_name;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(&t.dict, "dict", &[("get", get), ("items", items)]);
}

/// `dict.update(src)` / `dict(src)`: a mapping or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    if let Value::Dict(o) = src {
        for (k, v) in o.items() {
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next_fast(&it)? {
        let pair = match vm.collect(&item) {
            Ok(p) => p,
            Err(_) => return Err(type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))),
        };
        if pair.len() != 2 {
            return Err(value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len())));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            d.set(vm, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn this(args: &[Value]) -> PyResult<&Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        Some(other) => Err(type_error(format!("descriptor requires a 'dict' object but received a '{}'", type_name(other)))),
        None => Err(type_error("descriptor needs an argument")),
    }
}

fn get(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("get", args, 1, 2)?;
    let d = this(args)?.clone();
    Ok(d.get(vm, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn items(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let d = this(args)?;
    Ok(Value::DictView(Rc::new(DictView { dict: d.clone(), kind: ViewKind::Items })))
}
