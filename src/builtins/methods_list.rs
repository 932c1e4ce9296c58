//! Methods of `list` and `tuple`.

use super::{add_methods, method_arity};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_methods(&t.list, "list", &[("append", append)]);
}

fn append(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    method_arity("list.append", args, 1, 1)?;
    match &args[0] {
        Value::List(l) => {
            l.items.borrow_mut().push(args[1].clone());
            Ok(Value::None)
        }
        _ => Err(type_error("descriptor 'append' requires a 'list' object")),
    }
}
