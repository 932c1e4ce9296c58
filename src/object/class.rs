//! Classes (built-in types are classes too), instances, modules and `super`.
//! A class keeps its C3 MRO (without itself, to avoid an `Rc` cycle) and a
//! `dict` of attributes; built-in types carry a `TypeKind` that says which
//! Rust representation their instances have.

use super::{PyDict, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Which built-in representation a class (or its nearest built-in base) has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Cell,
    Generator,
    /// BaseException and every subclass of it.
    Exception,
}

pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Rc<Class>>,
    /// The MRO after this class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: Rc<PyDict>,
    pub kind: TypeKind,
    /// True for built-in types (whose attributes cannot be set).
    pub builtin: bool,
    /// Instances have no `__dict__`: every class on the MRO declares
    /// `__slots__` (without `"__dict__"`), so only those names can be set.
    pub slots_only: bool,
    /// The attribute names its instances share, in the order they are first
    /// set (see `instance.rs`); only ever appended to.
    pub attr_names: RefCell<super::instance::SharedNames>,
    /// The class or a base defines `__del__` (see `finalize.rs`): set when
    /// the class is made, and when `__del__` is assigned to it.
    pub has_del: std::cell::Cell<bool>,
}

impl Class {
    /// Whether a class with this namespace and MRO (after itself) has a `__del__`.
    pub fn computes_has_del(dict: &PyDict, mro: &[Rc<Class>]) -> bool {
        dict.get_item_str("__del__").is_some() || mro.iter().any(|c| c.has_del.get())
    }

    /// Whether instances of a class with these attributes and MRO have no
    /// `__dict__` (see `slots_only`).
    pub fn computes_slots_only(dict: &PyDict, mro: &[Rc<Class>]) -> bool {
        let declares = |d: &PyDict| match d.get_item_str("__slots__") {
            None => false,
            Some(Value::Str(s)) => s.as_str() != "__dict__",
            Some(Value::Tuple(t)) => !t.items.iter().any(|v| matches!(v, Value::Str(s) if s.as_str() == "__dict__")),
            Some(Value::List(l)) => !l.items.borrow().iter().any(|v| matches!(v, Value::Str(s) if s.as_str() == "__dict__")),
            Some(_) => true,
        };
        declares(dict) && mro.iter().filter(|c| !c.builtin).all(|c| declares(&c.dict))
    }

    /// Finds an attribute along the MRO (this class first).
    /// Finds `name` on this class or its MRO (through the attribute cache).
    #[inline]
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        super::lookup_cache::lookup(self, name)
    }

    /// `lookup` without the cache: walks the MRO's dicts.
    pub fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Same as `lookup` for a Rust string.
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&PyStr::new(name.to_string()))
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The full MRO including this class.
    pub fn full_mro(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.iter().cloned());
        v
    }
}

/// Computes the C3 linearisation of a new class's bases (without the class
/// itself). Returns None when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let c = found?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl Drop for Class {
    fn drop(&mut self) {
        // the attribute cache is keyed by class addresses
        super::lookup_cache::invalidate();
    }
}

/// A built-in module: a name and its namespace.
pub struct Module {
    pub name: String,
    pub dict: Rc<PyDict>,
}

/// `super()` bound to a starting class and an object (or class).
pub struct SuperObj {
    pub this_class: Rc<Class>,
    pub obj: Value,
}
