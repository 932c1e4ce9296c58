//! Instances of Python classes and where their attributes live.
//!
//! Instances of a class mostly set the same attributes, so the names are
//! kept once, on the class (`Class::attr_names`: append-only, so a name's
//! slot never changes), and an instance keeps only a value per slot
//! (`Attrs::Split`): 16 bytes per attribute instead of a dict entry's 40,
//! and no dict object. A slot an instance has not set holds `Unbound`.
//! Python shows attributes in the order they were set; while that is slot
//! order (the usual case: one `__init__` sets them all) nothing more is
//! kept, otherwise `Order` packs the slots in the order they were set.
//! An instance moves to a dict of its own (`Attrs::Dict`, for good) when it
//! needs one: `__dict__` or `vars()` is asked for, an attribute is deleted,
//! or its attributes outgrow what `SharedNames` and `Order` can hold.

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
    /// `values[i]` is the attribute named `class.attr_names[i]` (`Unbound`
    /// when not set); `order` says in which order they were set.
    Split { values: Box<[Value]>, order: Order },
    /// A dict of its own (see the module comment).
    Dict(Rc<PyDict>),
}

/// At most this many names are shared on a class (a slot fits in `Order`'s
/// five bits); an instance that sets more gets a dict.
const MAX_SHARED_NAMES: usize = 31;

/// The order in which an instance's attributes were set: 0 for slot order,
/// or up to `Order::MAX` slots, each stored plus one in five bits, the
/// first in the lowest bits.
#[derive(Clone, Copy, Default)]
struct Order(u64);

impl Order {
    const MAX: usize = 12;

    fn is_slot_order(self) -> bool {
        self.0 == 0
    }

    /// The slots in the order they were set (`order` not slot order).
    fn slots(self) -> impl Iterator<Item = usize> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            let s = (bits & 31) as usize;
            bits >>= 5;
            (s != 0).then(|| s - 1)
        })
    }

    /// These slots, in this order; None when there are too many.
    fn of(slots: impl Iterator<Item = usize>) -> Option<Order> {
        let mut bits = 0u64;
        for (n, s) in slots.enumerate() {
            if n >= Order::MAX {
                return None;
            }
            bits |= ((s + 1) as u64) << (5 * n);
        }
        Some(Order(bits))
    }
}

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
    /// The slot of `name`, if it is among the first `len` names.
    #[inline]
    fn position(&self, name: &PyStr, len: usize) -> Option<usize> {
        if self.filter & filter_bit(name) == 0 {
            return None;
        }
        self.names[..len.min(self.names.len())].iter().position(|n| same_name(n, name))
    }

    /// The slot of `name`, given one if it has none and there is room.
    fn slot_for(&mut self, name: &Rc<PyStr>) -> Option<usize> {
        if let Some(i) = self.position(name, self.names.len()) {
            return Some(i);
        }
        if self.names.len() == MAX_SHARED_NAMES {
            return None;
        }
        self.filter |= filter_bit(name);
        self.names.push(name.clone());
        Some(self.names.len() - 1)
    }
}

/// Where a name is among a class's shared names: at a slot (forever), or
/// not among the first so many (names are only appended). A lookup that
/// searched further raises the bound in place, so an instance that gained
/// other attributes after the entry was made is searched once, not on
/// every access.
#[derive(Clone)]
pub enum OwnSlot {
    At(u32),
    NotWithin(std::cell::Cell<u32>),
}

fn is_set(v: &Value) -> bool {
    !matches!(v, Value::Unbound)
}

/// The set slots of `values`, in the order they were set.
fn slots_in_order(values: &[Value], order: Order) -> Vec<usize> {
    if order.is_slot_order() { (0..values.len()).filter(|&i| is_set(&values[i])).collect() } else { order.slots().collect() }
}

impl Instance {
    /// A new instance with no attributes (and nothing allocated for them).
    pub fn new(class: Rc<Class>, exc: Option<Box<RefCell<ExcData>>>) -> Instance {
        Instance { class, attrs: RefCell::new(Attrs::Split { values: Box::new([]), order: Order::default() }), exc }
    }

    /// The attribute `name` set on this instance (not on its class).
    pub fn get_attr(&self, name: &PyStr) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split { values, .. } => {
                let i = self.class.attr_names.borrow().position(name, values.len())?;
                set_value(&values[i])
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
            None => OwnSlot::NotWithin(std::cell::Cell::new(names.names.len() as u32)),
        }
    }

    /// `get_attr`, helped by what `own_slot` said about `name` earlier.
    #[inline(always)]
    pub fn get_attr_at(&self, name: &PyStr, slot: &OwnSlot) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split { values, .. } => match slot {
                OwnSlot::At(i) => values.get(*i as usize).and_then(set_value),
                OwnSlot::NotWithin(known) if values.len() <= known.get() as usize => None,
                OwnSlot::NotWithin(known) => match self.class.attr_names.borrow().position(name, values.len()) {
                    Some(i) => set_value(&values[i]),
                    None => {
                        known.set(values.len() as u32);
                        None
                    }
                },
            },
            Attrs::Dict(d) => d.get_str(name),
        }
    }

    /// `set_attr`, helped by what `own_slot` said about `name` earlier: a
    /// value already set is replaced in place, and so is a new one that
    /// keeps the attributes in slot order.
    #[inline]
    pub fn set_attr_at(&self, name: &Rc<PyStr>, slot: &OwnSlot, value: Value) {
        let mut attrs = self.attrs.borrow_mut();
        if let (Attrs::Split { values, order }, &OwnSlot::At(i)) = (&mut *attrs, slot)
            && let Some(v) = values.get(i as usize)
            && (is_set(v) || (order.is_slot_order() && !values[i as usize + 1..].iter().any(is_set)))
        {
            let old = super::value::replace_value(&mut values[i as usize], value);
            drop(attrs);
            // (dropped with no borrow held: it may be the last reference to
            // another instance of this class)
            drop(old);
            return;
        }
        drop(attrs);
        self.set_attr(name.clone(), value);
    }

    /// Sets an attribute on this instance; true when it is new.
    pub fn set_attr(&self, name: Rc<PyStr>, value: Value) -> bool {
        let mut attrs = self.attrs.borrow_mut();
        let (values, order) = match &mut *attrs {
            Attrs::Split { values, order } => (values, order),
            Attrs::Dict(d) => {
                let d = d.clone();
                drop(attrs);
                return d.insert_str(name, value);
            }
        };
        let mut names = self.class.attr_names.borrow_mut();
        let Some(s) = names.slot_for(&name) else {
            drop(names);
            drop(attrs);
            return self.own_dict().insert_str(name, value);
        };
        if let Some(v) = values.get_mut(s)
            && is_set(v)
        {
            let old = super::value::replace_value(v, value);
            drop(names);
            drop(attrs);
            drop(old);
            return false;
        }
        if s >= values.len() {
            // room for every name the class has now
            let mut grown = std::mem::take(values).into_vec();
            grown.resize(names.names.len(), Value::Unbound);
            *values = grown.into_boxed_slice();
        }
        drop(names);
        let later_set = values[s + 1..].iter().any(is_set);
        if later_set || !order.is_slot_order() {
            let slots = slots_in_order(values, *order).into_iter().chain([s]);
            match Order::of(slots) {
                Some(o) => *order = o,
                None => {
                    drop(attrs);
                    return self.own_dict().insert_str(name, value);
                }
            }
        }
        values[s] = value;
        true
    }

    /// Removes an attribute of this instance; None when it has no such one.
    pub fn del_attr(&self, name: &PyStr) -> Option<Value> {
        if matches!(&*self.attrs.borrow(), Attrs::Split { .. }) {
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
            Attrs::Split { values, order } => {
                let names = self.class.attr_names.borrow();
                let slots = slots_in_order(values, *order);
                let d = PyDict::for_instance(slots.len());
                for s in slots {
                    d.insert_str(names.names[s].clone(), std::mem::take(&mut values[s]));
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
            Attrs::Split { .. } => None,
        }
    }

    /// The names of the instance's attributes, in the order they were set.
    pub fn attr_names(&self) -> Vec<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split { values, order } => {
                let names = self.class.attr_names.borrow();
                slots_in_order(values, *order).into_iter().map(|s| Value::Str(names.names[s].clone())).collect()
            }
            Attrs::Dict(d) => d.keys(),
        }
    }

    /// Calls `visit` with each attribute value (the cycle collector).
    pub fn visit_values(&self, mut visit: impl FnMut(&Value)) {
        match &*self.attrs.borrow() {
            Attrs::Split { values, .. } => values.iter().for_each(visit),
            Attrs::Dict(d) => d.inner.borrow().entries.iter().flatten().for_each(|e| visit(&e.value)),
        }
    }

    /// Removes every attribute and gives their values (the cycle collector
    /// breaking a cycle).
    pub fn take_values(&self) -> Vec<Value> {
        let attrs = std::mem::replace(&mut *self.attrs.borrow_mut(), Attrs::Split { values: Box::new([]), order: Order::default() });
        match attrs {
            Attrs::Split { values, .. } => values.into_vec(),
            Attrs::Dict(d) => d.take_inner().entries.into_iter().flatten().map(|e| e.value).collect(),
        }
    }

    /// Whether the attributes are being changed right now (a finalizer
    /// must not look at them then).
    pub fn attrs_busy(&self) -> bool {
        match self.attrs.try_borrow() {
            Ok(a) => matches!(&*a, Attrs::Dict(d) if d.try_len().is_none()),
            Err(_) => true,
        }
    }

    /// Moves the class, attributes and exception state into a new instance
    /// (a finalizer resurrecting a dropped one).
    pub fn take_into_new(&mut self) -> Instance {
        let attrs = std::mem::replace(self.attrs.get_mut(), Attrs::Split { values: Box::new([]), order: Order::default() });
        Instance { class: self.class.clone(), attrs: RefCell::new(attrs), exc: self.exc.take() }
    }
}

/// A slot's value, None for `Unbound` (not set).
#[inline(always)]
fn set_value(v: &Value) -> Option<Value> {
    is_set(v).then(|| v.clone())
}

impl Drop for Instance {
    fn drop(&mut self) {
        super::finalize::on_drop(self);
    }
}
