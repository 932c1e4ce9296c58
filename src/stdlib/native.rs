//! `_stdlib_native`: the few primitives the frozen standard library cannot
//! write in Python. `contextlib` uses `tb_depth`/`tb_restore` to undo the
//! traceback entries that throwing an exception into a `@contextmanager`
//! generator adds (CPython does this by reassigning `exc.__traceback__`,
//! which tikitaka does not expose). `types.coroutine` uses
//! `iterable_coroutine` to mark a generator function's code so that its
//! generators are awaitable (CPython's `CO_ITERABLE_COROUTINE`). `random`
//! uses the Mersenne Twister of `mt.rs`. `traceback` and `logging` format
//! exceptions with the interpreter's own traceback printer.

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
    dict.set_item_str("iterable_coroutine", native("iterable_coroutine", iterable_coroutine));
    dict.set_item_str("format_exception", native("format_exception", format_exception));
    dict.set_item_str("format_exception_only", native("format_exception_only", format_exception_only));
    dict.set_item_str("mt_seed", native("mt_seed", super::mt::mt_seed));
    dict.set_item_str("mt_random", native("mt_random", super::mt::mt_random));
    dict.set_item_str("mt_getrandbits", native("mt_getrandbits", super::mt::mt_getrandbits));
    Module { name: "_stdlib_native".into(), dict }
}

fn exc_data(v: &Value) -> PyResult<&std::cell::RefCell<ExcData>> {
    match v {
        Value::Instance(inst) => inst.exc.as_deref().ok_or_else(|| type_error("an exception instance is required")),
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

/// `iterable_coroutine(func)`: for a generator function, a copy of it whose
/// code carries the `iterable_coroutine` flag; any other value unchanged.
fn iterable_coroutine(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("iterable_coroutine", args, 1, 1)?;
    let Value::Function(f) = &args[0] else { return Ok(args[0].clone()) };
    if !f.code.flags.generator || f.code.flags.coroutine || f.code.flags.iterable_coroutine {
        return Ok(args[0].clone());
    }
    let mut code = (*f.code).clone();
    code.flags.iterable_coroutine = true;
    let func = Rc::new(Function {
        code: Rc::new(code),
        globals: f.globals.clone(),
        defaults: f.defaults.clone(),
        kwdefaults: f.kwdefaults.clone(),
        closure: f.closure.clone(),
        name: f.name.clone(),
        qualname: f.qualname.clone(),
        renamed: f.renamed.clone(),
        dict: f.dict.clone(),
        doc: f.doc.clone(),
    });
    crate::object::gc::track_function(&func);
    Ok(Value::Function(func))
}

fn exception_arg(name: &str, args: &[Value]) -> PyResult<PyErr> {
    arity(name, args, 1, 1)?;
    PyErr::from_value(&args[0]).ok_or_else(|| type_error(format!("{name}() expects an exception instance")))
}

/// `format_exception(exc)`: the report CPython prints for `exc` uncaught
/// (its chain of causes/contexts, traceback entries, `Type: message`).
fn format_exception(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let err = exception_arg("format_exception", args)?;
    Ok(Value::str(vm.format_exception(&err)))
}

/// `format_exception_only(exc)`: its last line, `Type: message`.
fn format_exception_only(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    let err = exception_arg("format_exception_only", args)?;
    Ok(Value::str(format!("{}\n", vm.exception_line(&err))))
}
