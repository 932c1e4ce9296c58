//! Python exceptions as Rust errors. `PyErr` wraps an exception instance;
//! every CPython message the runtime raises has a named constructor here, so
//! the wording lives in one place.

use super::Instance;
use super::types::types;
use super::{Class, Value};
use crate::bytecode::CodeObject;
use std::cell::RefCell;
use std::rc::Rc;

/// One traceback entry: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub ip: usize,
}

/// The state every exception instance carries.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Outermost frame first, like CPython's tb chain.
    pub traceback: Vec<TbEntry>,
    /// What an uncaught AttributeError or NameError needs for its "Did
    /// you mean" hint (CPython's `obj`/`name` attributes and the frame).
    pub hint: Option<Hint>,
    /// Warnings of objects freed while this exception unwound the frames
    /// that held them: in CPython its traceback keeps those frames, and so
    /// the objects, alive until the exception itself is freed; they are
    /// reported then (see `vm/warnings.rs`).
    pub kept_warnings: KeptWarnings,
}

/// See `ExcData::kept_warnings`: queued again when dropped.
#[derive(Default)]
pub struct KeptWarnings(pub Vec<String>);

impl Drop for KeptWarnings {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            crate::vm::warnings::requeue(std::mem::take(&mut self.0));
        }
    }
}

/// Where the names to suggest from are (see `vm/suggestions.rs`).
pub enum Hint {
    /// `obj.name` was missing: suggest from `dir(obj)`.
    Attribute { obj: Value, name: String },
    /// `name` was not defined in code `code` running with `globals`:
    /// suggest from its local names, then the globals, then the builtins.
    Name { name: String, code: Rc<CodeObject>, globals: Rc<super::PyDict> },
}

impl PyErr {
    /// This error with `hint` for the traceback's "Did you mean" line.
    pub fn with_hint(self, hint: Hint) -> PyErr {
        self.data().hint = Some(hint);
        self
    }
}

/// A raised exception: always an instance of a BaseException subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<Instance>,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// Builds an exception of class `cls` with the given args.
    pub fn with_args(cls: &Rc<Class>, args: Vec<Value>) -> PyErr {
        PyErr { exc: new_exception(cls, args) }
    }

    pub fn new(cls: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(cls, vec![Value::str(msg.into())])
    }

    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.exc.class
    }

    pub fn is_instance_of(&self, cls: &Rc<Class>) -> bool {
        self.exc.class.is_subclass(cls)
    }

    pub fn data(&self) -> std::cell::RefMut<'_, ExcData> {
        match &self.exc.exc {
            Some(d) => d.borrow_mut(),
            None => unreachable_exc(),
        }
    }

    /// Turns a Value known to be an exception instance into a PyErr.
    pub fn from_value(v: &Value) -> Option<PyErr> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Some(PyErr { exc: i.clone() }),
            _ => None,
        }
    }
}

fn unreachable_exc() -> ! {
    // Every PyErr is built by new_exception, which always sets `exc`.
    panic!("PyErr without exception data")
}

/// Creates an exception instance.
pub fn new_exception(cls: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
    Rc::new(Instance::new(cls.clone(), Some(Box::new(RefCell::new(ExcData { args, ..Default::default() })))))
}

macro_rules! ctor {
    ($name:ident, $field:ident) => {
        pub fn $name(msg: impl Into<String>) -> PyErr {
            PyErr::new(&types().$field, msg)
        }
    };
}

ctor!(type_error, type_error);
ctor!(value_error, value_error);
ctor!(name_error, name_error);
ctor!(attribute_error, attribute_error);
ctor!(index_error, index_error);
ctor!(zero_division, zero_division_error);
ctor!(overflow_error, overflow_error);
ctor!(runtime_error, runtime_error);
ctor!(recursion_error, recursion_error);
ctor!(not_implemented, not_implemented_error);
ctor!(unbound_local, unbound_local_error);
ctor!(assertion_error, assertion_error);
ctor!(system_error, system_error);
ctor!(import_error, import_error);
ctor!(module_not_found, module_not_found_error);
ctor!(syntax_error_plain, syntax_error);
ctor!(lookup_error, lookup_error);

pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&types().key_error, vec![key])
}

pub fn stop_iteration(value: Option<Value>) -> PyErr {
    PyErr::with_args(&types().stop_iteration, value.into_iter().collect())
}

pub fn unsupported_binop(op: &str, a: &str, b: &str) -> PyErr {
    type_error(format!("unsupported operand type(s) for {op}: '{a}' and '{b}'"))
}

pub fn not_callable(t: &str) -> PyErr {
    type_error(format!("'{t}' object is not callable"))
}

pub fn not_iterable(t: &str) -> PyErr {
    type_error(format!("'{t}' object is not iterable"))
}

pub fn not_subscriptable(t: &str) -> PyErr {
    type_error(format!("'{t}' object is not subscriptable"))
}

pub fn no_attribute(t: &str, name: &str) -> PyErr {
    attribute_error(format!("'{t}' object has no attribute '{name}'"))
}

pub fn undefined_name(name: &str) -> PyErr {
    name_error(format!("name '{name}' is not defined"))
}

pub fn unbound_local_var(name: &str) -> PyErr {
    unbound_local(format!("cannot access local variable '{name}' where it is not associated with a value"))
}

pub fn unbound_free_var(name: &str) -> PyErr {
    name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
}

pub fn recursion_limit() -> PyErr {
    recursion_error("maximum recursion depth exceeded")
}

pub fn internal(msg: impl Into<String>) -> PyErr {
    system_error(format!("tikitaka internal error: {}", msg.into()))
}

/// The `OSError` subclass CPython picks for an errno (PEP 3151), as
/// `OSError(errno, strerror)` does.
pub fn os_error_class(errno: i64) -> Rc<Class> {
    let t = types();
    match errno {
        1 | 13 => t.permission_error.clone(),
        2 => t.file_not_found_error.clone(),
        3 => t.process_lookup_error.clone(),
        4 => t.interrupted_error.clone(),
        10 => t.child_process_error.clone(),
        11 | 114 | 115 => t.blocking_io_error.clone(),
        17 => t.file_exists_error.clone(),
        20 => t.not_a_directory_error.clone(),
        21 => t.is_a_directory_error.clone(),
        32 | 108 => t.broken_pipe_error.clone(),
        103 => t.connection_aborted_error.clone(),
        104 => t.connection_reset_error.clone(),
        110 => t.timeout_error.clone(),
        111 => t.connection_refused_error.clone(),
        _ => t.os_error.clone(),
    }
}
