//! Instances of Python classes and where their attributes live.
//!
//! Most instances of a class set the same attributes in the same order
//! (`__init__` does it), so the names are kept once, on the class
//! (`Class::attr_names`, append-only), and an instance keeps only its values,
//! in that order: `Attrs::Split`. 16 bytes per attribute instead of a dict
//! entry's 40, and no dict object at all. An instance moves to a dict of its
//! own (`Attrs::Dict`, for good) when it needs one: `__dict__` or `vars()` is
//! asked for, an attribute is deleted, or one is set out of the class's
//! order. Because the names only grow, a name's position on a class never
//! changes: the attribute caches remember it (`slot`).

use super::class::Class;
use super::exceptions::ExcData;
use super::{PyDict, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// An instance of a user-defined class (or of an exception class).
pub struct Instance {
    pub class: Rc<Class>,
    attrs: RefCell<Attrs>,
    /// Present for exception instances (boxed: most instances are not exceptions).
    pub exc: Option<Box<RefCell<ExcData>>>,
}

enum Attrs {
    /// `values[i]` is the attribute named `class.attr_names[i]`.
    Split(Vec<Value>),
    /// A dict of its own (see the module comment).
    Dict(Rc<PyDict>),
}

/// Where a name is among a class's shared names: at a slot (forever), or
/// not among the first so many (names are only appended).
#[derive(Clone, Copy)]
pub enum OwnSlot {
    At(u32),
    NotWithin(u32),
}

/// At most this many names are shared on a class; an instance that sets
/// more gets a dict.
const MAX_SHARED_NAMES: usize = 30;

/// The same attribute name: interned names compare by address.
#[inline]
fn same_name(a: &PyStr, b: &PyStr) -> bool {
    std::ptr::eq(a, b) || (a.hash() == b.hash() && a.as_str() == b.as_str())
}

/// The attribute names a class's instances share (`Class::attr_names`).
#[derive(Default)]
pub struct SharedNames {
    names: Vec<Rc<PyStr>>,
    /// One bit per name's hash (`filter_bit`): most lookups of a name that
    /// is not there (a method's, on each call) stop here.
    filter: u64,
}

fn filter_bit(name: &PyStr) -> u64 {
    1 << (name.hash() % 64)
}

impl SharedNames {
    /// Where `name` is among the first `len` names.
    #[inline]
    fn position(&self, name: &PyStr, len: usize) -> Option<usize> {
        if self.filter & filter_bit(name) == 0 {
            return None;
        }
        self.names[..len].iter().position(|n| same_name(n, name))
    }

    fn push(&mut self, name: Rc<PyStr>) {
        self.filter |= filter_bit(&name);
        self.names.push(name);
    }
}

impl Instance {
    /// A new instance with no attributes, with room for as many as its
    /// class's instances have had (`Class::note_instance_size`).
    pub fn new(class: Rc<Class>, exc: Option<Box<RefCell<ExcData>>>) -> Instance {
        let values = Vec::with_capacity(class.dict_size_hint.get() as usize);
        Instance { class, attrs: RefCell::new(Attrs::Split(values)), exc }
    }

    /// The attribute `name` set on this instance (not on its class).
    pub fn get_attr(&self, name: &PyStr) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split(values) => {
                let i = self.class.attr_names.borrow().position(name, values.len())?;
                Some(values[i].clone())
            }
            Attrs::Dict(d) => d.get_str(name),
        }
    }

    /// What an attribute cache remembers about `name` on this instance's
    /// class (see `OwnSlot`).
    pub fn own_slot(&self, name: &PyStr) -> OwnSlot {
        let names = self.class.attr_names.borrow();
        match names.position(name, names.names.len()) {
            Some(i) => OwnSlot::At(i as u32),
            None => OwnSlot::NotWithin(names.names.len() as u32),
        }
    }

    /// `get_attr`, helped by what `own_slot` said about `name` earlier.
    #[inline]
    pub fn get_attr_at(&self, name: &PyStr, slot: OwnSlot) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split(values) => match slot {
                OwnSlot::At(i) => values.get(i as usize).cloned(),
                OwnSlot::NotWithin(known) if values.len() <= known as usize => None,
                OwnSlot::NotWithin(_) => {
                    let i = self.class.attr_names.borrow().position(name, values.len())?;
                    Some(values[i].clone())
                }
            },
            Attrs::Dict(d) => d.get_str(name),
        }
    }

    /// `set_attr`, helped by what `own_slot` said about `name` earlier: the
    /// value is replaced or appended in place when the name is at its slot.
    #[inline]
    pub fn set_attr_at(&self, name: &Rc<PyStr>, slot: OwnSlot, value: Value) {
        let mut attrs = self.attrs.borrow_mut();
        if let (Attrs::Split(values), OwnSlot::At(i)) = (&mut *attrs, slot) {
            let i = i as usize;
            if i < values.len() {
                let old = std::mem::replace(&mut values[i], value);
                drop(attrs);
                // (dropped with no borrow held, as in `set_attr`)
                drop(old);
                return;
            }
            if i == values.len() {
                values.push(value);
                self.class.note_instance_size(i + 1);
                return;
            }
        }
        drop(attrs);
        self.set_attr(name.clone(), value);
    }

    /// Sets an attribute on this instance; true when it is new.
    pub fn set_attr(&self, name: Rc<PyStr>, value: Value) -> bool {
        let mut attrs = self.attrs.borrow_mut();
        let values = match &mut *attrs {
            Attrs::Split(values) => values,
            Attrs::Dict(d) => {
                let d = d.clone();
                drop(attrs);
                return self.insert_into(&d, name, value);
            }
        };
        let n = values.len();
        let mut names = self.class.attr_names.borrow_mut();
        if let Some(i) = names.position(&name, n) {
            let old = std::mem::replace(&mut values[i], value);
            drop(names);
            drop(attrs);
            // (dropped with no borrow held: it may be the last reference to
            // another instance of this class)
            drop(old);
            return false;
        }
        let next_is_name = match names.names.get(n) {
            Some(k) => same_name(k, &name),
            None if n < MAX_SHARED_NAMES => {
                names.push(name.clone());
                true
            }
            None => false,
        };
        drop(names);
        if next_is_name {
            values.push(value);
            self.class.note_instance_size(n + 1);
            return true;
        }
        drop(attrs);
        self.insert_into(&self.own_dict(), name, value)
    }

    fn insert_into(&self, d: &PyDict, name: Rc<PyStr>, value: Value) -> bool {
        let new = d.insert_str(name, value);
        if new {
            self.class.note_instance_size(d.len());
        }
        new
    }

    /// Removes an attribute of this instance; None when it has no such one.
    pub fn del_attr(&self, name: &PyStr) -> Option<Value> {
        if matches!(&*self.attrs.borrow(), Attrs::Split(_)) {
            self.get_attr(name)?;
        }
        self.own_dict().remove_str(name)
    }

    /// `__dict__`: the instance's attributes as a dict, shared with the
    /// instance from now on.
    pub fn own_dict(&self) -> Rc<PyDict> {
        let mut attrs = self.attrs.borrow_mut();
        let d = match &mut *attrs {
            Attrs::Dict(d) => return d.clone(),
            Attrs::Split(values) => {
                let names = self.class.attr_names.borrow();
                let d = PyDict::for_instance(values.len());
                for (name, value) in names.names.iter().zip(std::mem::take(values)) {
                    d.insert_str(name.clone(), value);
                }
                Rc::new(d)
            }
        };
        *attrs = Attrs::Dict(d.clone());
        d
    }

    /// The dict `own_dict` made, if it did: another holder of it can change
    /// the attributes.
    pub fn shared_dict(&self) -> Option<Rc<PyDict>> {
        match &*self.attrs.borrow() {
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Split(_) => None,
        }
    }

    /// How many attributes are set on the instance.
    pub fn attr_count(&self) -> usize {
        self.try_attr_count().unwrap_or(0)
    }

    /// `attr_count`, unless the attributes are being changed right now.
    pub fn try_attr_count(&self) -> Option<usize> {
        match &*self.attrs.try_borrow().ok()? {
            Attrs::Split(values) => Some(values.len()),
            Attrs::Dict(d) => d.try_len(),
        }
    }

    /// The names of the instance's attributes, in order.
    pub fn attr_names(&self) -> Vec<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split(values) => self.class.attr_names.borrow().names[..values.len()].iter().map(|n| Value::Str(n.clone())).collect(),
            Attrs::Dict(d) => d.keys(),
        }
    }

    /// Calls `visit` with each attribute value (the cycle collector).
    pub fn visit_values(&self, mut visit: impl FnMut(&Value)) {
        match &*self.attrs.borrow() {
            Attrs::Split(values) => values.iter().for_each(visit),
            Attrs::Dict(d) => d.inner.borrow().entries.iter().flatten().for_each(|e| visit(&e.value)),
        }
    }

    /// Removes every attribute and gives their values (the cycle collector
    /// breaking a cycle).
    pub fn take_values(&self) -> Vec<Value> {
        let attrs = std::mem::replace(&mut *self.attrs.borrow_mut(), Attrs::Split(Vec::new()));
        match attrs {
            Attrs::Split(values) => values,
            Attrs::Dict(d) => d.take_inner().entries.into_iter().flatten().map(|e| e.value).collect(),
        }
    }

    /// Moves the class, attributes and exception state into a new instance
    /// (a finalizer resurrecting a dropped one).
    pub fn take_into_new(&mut self) -> Instance {
        let attrs = std::mem::replace(self.attrs.get_mut(), Attrs::Split(Vec::new()));
        Instance { class: self.class.clone(), attrs: RefCell::new(attrs), exc: self.exc.take() }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // (not while the attributes are being changed: dropping a value
        // stored in them can drop the instance that owns them)
        if let Some(n) = self.try_attr_count() {
            self.class.note_instance_size(n);
        }
        super::finalize::on_drop(self);
    }
}
