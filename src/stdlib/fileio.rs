//! `_fileio`: the file-system primitives under `io.open` (`src/stdlib/io.py`)
//! and so under the builtin `open()`: read a whole file, create or truncate
//! one for writing, append bytes. Failures become `OSError(errno, strerror,
//! filename)`, which picks its subclass from the errno (FileNotFoundError,
//! IsADirectoryError, …) as in CPython.

use crate::builtins::{arity, native};
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::io::Write;
use std::rc::Rc;

/// Creates the `_fileio` module.
pub fn module() -> Module {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str("_fileio"));
    dict.set_item_str("read", native("read", read));
    dict.set_item_str("create", native("create", create));
    dict.set_item_str("append", native("append", append));
    Module { name: "_fileio".into(), dict }
}

/// The builtin `open(...)`: `io.open(...)`.
pub fn open(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let open = vm.get_attr(&io, &crate::object::string::intern("open"))?;
    vm.call_value(&open, args.to_vec(), kwargs.to_vec())
}

fn path_arg(args: &[Value], i: usize) -> PyResult<String> {
    match args.get(i) {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        _ => Err(type_error("a file name (str) is required")),
    }
}

/// Turns an I/O error into CPython's `OSError(errno, strerror, filename)`.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::with_args(&vm.types.os_error, vec![Value::str(e.to_string())]);
    };
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let strerror = match text.rfind(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    let cls = Value::Class(vm.types.os_error.clone());
    match vm.call_value(&cls, vec![Value::Int(errno as i64), Value::str(strerror), Value::str(path)], vec![]) {
        Ok(v) => PyErr::from_value(&v).unwrap_or_else(|| internal("OSError() did not return an exception")),
        Err(err) => err,
    }
}

/// `read(path)`: the file's bytes.
fn read(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("read", args, 1, 1)?;
    let path = path_arg(args, 0)?;
    match std::fs::read(&path) {
        Ok(data) => Ok(Value::Bytes(Rc::new(PyBytes { data }))),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `create(path, kind)`: opens for writing as mode `kind` does: `w`
/// truncates, `a` keeps the contents, `x` fails if the file exists.
fn create(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("create", args, 2, 2)?;
    let path = path_arg(args, 0)?;
    let kind = path_arg(args, 1)?;
    let mut options = std::fs::OpenOptions::new();
    match kind.as_str() {
        "w" => options.write(true).create(true).truncate(true),
        "a" => options.append(true).create(true),
        _ => options.write(true).create_new(true),
    };
    match options.open(&path) {
        Ok(_) => Ok(Value::None),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `append(path, data)`: writes `data` at the end of the file.
fn append(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("append", args, 2, 2)?;
    let path = path_arg(args, 0)?;
    let Value::Bytes(data) = &args[1] else {
        return Err(type_error("append() needs bytes"));
    };
    let written = std::fs::OpenOptions::new().append(true).open(&path).and_then(|mut f| f.write_all(&data.data));
    match written {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}
