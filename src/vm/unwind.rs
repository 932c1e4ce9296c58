//! Raising and unwinding: `raise` semantics (cause, context, bare re-raise),
//! `except` matching, traceback entries, and the interned names the runtime
//! looks up on classes.

use super::Vm;
use super::frame::Frame;
use crate::object::exceptions::*;
use crate::object::types::type_name;
use crate::object::*;
use std::rc::Rc;

macro_rules! known_names {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Dunder names, interned once so class lookups hash nothing.
        pub struct KnownNames { $(pub $field: Rc<PyStr>,)* }
        impl KnownNames {
            pub fn new() -> KnownNames {
                KnownNames { $($field: Rc::new(PyStr::new($text.to_string())),)* }
            }
        }
        impl Default for KnownNames {
            fn default() -> Self { Self::new() }
        }
    };
}

known_names!(
    init = "__init__",
    new = "__new__",
    call = "__call__",
    iter = "__iter__",
    next = "__next__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    delitem = "__delitem__",
    contains = "__contains__",
    len = "__len__",
    bool_ = "__bool__",
    hash = "__hash__",
    eq = "__eq__",
    repr = "__repr__",
    str = "__str__",
    format = "__format__",
    getattr = "__getattr__",
    setattr = "__setattr__",
    await_ = "__await__",
    enter = "__enter__",
    exit = "__exit__",
    index = "__index__",
    int = "__int__",
    float = "__float__",
    reversed = "__reversed__",
    class = "__class__",
    name = "__name__",
    main = "__main__",
    init_subclass = "__init_subclass__",
    set_name = "__set_name__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
);

/// Records that `err` passed through `f` (outermost entries first).
pub fn add_traceback(err: &PyErr, f: &Frame) {
    if f.stack.is_empty() && f.code.ops.is_empty() {
        return;
    }
    let entry = TbEntry { code: f.code.clone(), ip: f.ip.saturating_sub(1) as usize };
    err.data().traceback.insert(0, entry);
}

/// Sets the implicit `__context__` of a newly raised exception.
pub fn set_context(err: &PyErr, ctx: Option<Value>) {
    let Some(ctx) = ctx else { return };
    if let Value::Instance(c) = &ctx
        && Rc::ptr_eq(c, &err.exc)
    {
        return;
    }
    let mut d = err.data();
    if d.context.is_none() {
        d.context = Some(ctx);
    }
}

pub fn check_frame_exit(err: PyErr) -> PyErr {
    err
}

pub fn reraise(v: Value) -> PyErr {
    PyErr::from_value(&v).unwrap_or_else(|| internal("re-raise of a non-exception"))
}

pub fn deref_name(f: &Frame, i: usize) -> PyStr {
    let n = f.code.cellvars.len();
    let name = if i < n { f.code.cellvars[i].as_str() } else { f.code.freevars.get(i - n).map(|s| s.as_str()).unwrap_or("?") };
    PyStr::new(name.to_string())
}

pub fn unbound_deref(f: &Frame, i: usize) -> PyErr {
    let name = deref_name(f, i);
    if i < f.code.cellvars.len() { unbound_local_var(name.as_str()) } else { unbound_free_var(name.as_str()) }
}

impl Vm {
    /// Turns a raised value (class or instance) into an exception.
    pub fn make_exception(&mut self, v: Value, what: &str) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.is_subclass(&self.types.base_exception) => {
                let inst = self.call_value(&v, vec![], vec![])?;
                PyErr::from_value(&inst).ok_or_else(|| {
                    type_error(format!("calling {} should have returned an instance of BaseException, not {}", c.name, type_name(&inst)))
                })
            }
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr { exc: i.clone() }),
            _ => Err(type_error(what.to_string())),
        }
    }

    /// `RAISE_VARARGS`: builds the error to unwind with.
    pub(crate) fn raise(&mut self, f: &mut Frame, n: u32) -> PyErr {
        match n {
            0 => match self.current_exc(f) {
                Some(v) => {
                    self.skip_tb = true;
                    reraise(v)
                }
                None => runtime_error("No active exception to reraise"),
            },
            1 => {
                let v = f.pop();
                self.make_exception(v, "exceptions must derive from BaseException").unwrap_or_else(|e| e)
            }
            _ => {
                let cause = f.pop();
                let v = f.pop();
                let err = match self.make_exception(v, "exceptions must derive from BaseException") {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                let cause = match cause {
                    Value::None => None,
                    c => match self.make_exception(c, "exception causes must derive from BaseException") {
                        Ok(c) => Some(c.value()),
                        Err(e) => return e,
                    },
                };
                {
                    let mut d = err.data();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                err
            }
        }
    }

    /// `except T:` matching; T may be a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let cls = self.types.of(exc);
        match ty {
            Value::Class(c) => {
                if !c.is_subclass(&self.types.base_exception) {
                    return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if self.exception_matches(exc, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
}
