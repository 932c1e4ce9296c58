//! Callables: Python functions (code + globals + defaults + closure cells),
//! native built-in functions, bound methods, cells and properties.

use super::{PyDict, PyStr, Value};
use crate::bytecode::CodeObject;
use crate::object::exceptions::PyResult;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Keyword arguments passed to a native function.
pub type KwArgs<'a> = &'a [(Rc<PyStr>, Value)];

/// The signature of every native function: positional args (for methods,
/// `args[0]` is self) and keyword args.
pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<PyStr>, Value)>,
    pub closure: Vec<Rc<CellObj>>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `name`/`qualname` may differ from the code object's (set when either
    /// is assigned), so that making a generator need not compare them.
    pub renamed: std::cell::Cell<bool>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub doc: Value,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For methods of built-in types: the type's name, for reprs.
    pub owner: Option<&'static str>,
    /// What the call path must know about it (decided once, from the name).
    pub role: BuiltinRole,
}

/// Natives the VM's call path treats specially.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinRole {
    Plain,
    /// `generator.send`: resumes the generator inline.
    GeneratorSend,
    /// the builtin `next`: resumes a generator inline.
    Next,
    /// a name starting with `@`: needs the calling frame parked first.
    NeedsFrame,
    /// the builtin `len`: a plain native, whose answer for a built-in
    /// container the run loop computes itself (as CPython 3.11 specializes
    /// `len(x)` calls).
    Len,
    /// `list.append`: a plain native, which the run loop does itself for a
    /// list and one argument (as CPython 3.11 specializes `lst.append(x)`).
    ListAppend,
}

impl BuiltinFunction {
    pub fn new(name: &'static str, func: NativeFn, owner: Option<&'static str>) -> BuiltinFunction {
        let role = match (name, owner) {
            ("send", Some("generator")) => BuiltinRole::GeneratorSend,
            ("next", None) => BuiltinRole::Next,
            ("len", None) => BuiltinRole::Len,
            ("append", Some("list")) => BuiltinRole::ListAppend,
            _ if name.starts_with('@') => BuiltinRole::NeedsFrame,
            _ => BuiltinRole::Plain,
        };
        BuiltinFunction { name, func, owner, role }
    }
}

pub struct BoundMethod {
    pub self_value: Value,
    pub func: Value,
}

/// A closure cell: a variable shared between a function and its inner functions.
pub struct CellObj {
    pub value: RefCell<Option<Value>>,
}

impl CellObj {
    pub fn new(v: Option<Value>) -> Rc<CellObj> {
        Rc::new(CellObj { value: RefCell::new(v) })
    }
    pub fn get(&self) -> Option<Value> {
        self.value.borrow().clone()
    }
    pub fn set(&self, v: Option<Value>) {
        *self.value.borrow_mut() = v;
    }
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name `__set_name__` gave it (named in "has no setter").
    pub name: std::cell::RefCell<Option<Rc<PyStr>>>,
}

impl Property {
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> Property {
        Property { fget, fset, fdel, doc, name: Default::default() }
    }

    /// "property 'x' of 'C' object has no setter" (`what`), or without the
    /// name when the property was never named.
    pub fn missing(&self, what: &str, class_name: &str) -> String {
        match &*self.name.borrow() {
            Some(n) => format!("property '{}' of '{class_name}' object has no {what}", n.as_str()),
            None => format!("property of '{class_name}' object has no {what}"),
        }
    }
}
