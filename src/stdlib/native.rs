//! `_stdlib_native`: the few primitives the frozen standard library cannot
//! write in Python. `contextlib` uses `tb_depth`/`tb_restore` to undo the
//! traceback entries that throwing an exception into a `@contextmanager`
//! generator adds (CPython does this by reassigning `exc.__traceback__`,
//! which tikitaka does not expose).

use crate::builtins::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::rc::Rc;

/// Creates the `_stdlib_native` module.
pub fn module() -> Module {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str("_stdlib_native"));
    dict.set_item_str("tb_depth", native("tb_depth", tb_depth));
    dict.set_item_str("tb_restore", native("tb_restore", tb_restore));
    Module { name: "_stdlib_native".into(), dict }
}

fn exc_data(v: &Value) -> PyResult<&std::cell::RefCell<ExcData>> {
    match v {
        Value::Instance(inst) => inst.exc.as_ref().ok_or_else(|| type_error("an exception instance is required")),
        _ => Err(type_error("an exception instance is required")),
    }
}

/// `tb_depth(exc)`: how many traceback entries `exc` has.
fn tb_depth(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("tb_depth", args, 1, 1)?;
    let n = exc_data(&args[0])?.borrow().traceback.len();
    Ok(Value::Int(n as i64))
}

/// `tb_restore(exc, depth)`: drops the entries added (outermost first) since
/// `tb_depth` returned `depth`.
fn tb_restore(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("tb_restore", args, 2, 2)?;
    let Value::Int(depth) = args[1] else { return Err(type_error("depth must be an int")) };
    let mut data = exc_data(&args[0])?.borrow_mut();
    let depth = usize::try_from(depth).unwrap_or(0);
    let extra = data.traceback.len().saturating_sub(depth);
    data.traceback.drain(..extra);
    Ok(Value::None)
}
