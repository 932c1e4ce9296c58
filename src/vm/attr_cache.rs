//! Inline caches for attribute access on instances of Python classes.
//!
//! `LoadAttr`, `LoadMethod` and `StoreAttr` remember, per code object and
//! name, what the instance's class said about that name the last time: that
//! it has nothing by that name (so the attribute is the instance's own, and
//! a store may go straight there), or that it has a plain function (a
//! method). The entry holds the class's address and the class-attribute
//! epoch (`object::lookup_cache`), which moves whenever any class namespace
//! changes or a class is created or dropped, so a matching entry is exactly
//! what `Class::lookup` would answer now, and the name's slot among the
//! class's shared attribute names (`object/instance.rs`), which never
//! changes. The run loop then skips the MRO walk, the search for the name
//! and, for method calls, the bound-method object.

use crate::bytecode::CodeObject;
use crate::object::instance::OwnSlot;
use crate::object::lookup_cache;
use crate::object::{Class, Function, Instance, PyStr, Value};
use std::rc::Rc;

/// What one cache slot knows about a (class, name) pair: the class's
/// address and the epoch it was true in (checked first, the same way for
/// every kind), and what the class said.
#[derive(Clone, Default)]
pub struct InstanceAttr {
    /// The class's address; 0 (no class) in an empty slot.
    class: usize,
    epoch: u64,
    kind: AttrKind,
}

#[derive(Clone, Default)]
enum AttrKind {
    #[default]
    Empty,
    /// Nothing by this name on the class or its MRO: the value is the
    /// instance's own. `plain_store`: `__setattr__` is object's and the
    /// class has a `__dict__`, so a store just sets it. `slot`: the name's
    /// place among the class's shared names (`instance.rs`), for all three
    /// kinds that read the instance's own attributes.
    Dict { plain_store: bool, slot: OwnSlot },
    /// A plain function on the class (a method, unless the instance dict
    /// shadows it).
    Method { func: Rc<Function>, slot: OwnSlot },
    /// A plain value on the class (not a descriptor: None, a number, a
    /// string, a container, a class), the default for an instance attribute
    /// that the instance dict may shadow; stores are as for `Dict`.
    ClassValue { value: Value, plain_store: bool, slot: OwnSlot },
    /// Anything else (a property, a class variable, a special attribute):
    /// the general path, without describing the class again each time.
    General,
}

fn key(class: &Class) -> usize {
    class as *const Class as usize
}

/// What to cache for `name` on `inst`'s class.
pub fn describe(inst: &Instance, name: &PyStr, setattr: &PyStr) -> InstanceAttr {
    let class = key(&inst.class);
    let epoch = lookup_cache::epoch();
    let entry = |kind| InstanceAttr { class, epoch, kind };
    if inst.exc.is_some() {
        return entry(AttrKind::General);
    }
    let plain_store = || {
        let plain_setattr = match inst.class.lookup(setattr) {
            Some(Value::Builtin(b)) => b.owner == Some("object"),
            None => true,
            _ => false,
        };
        plain_setattr && !inst.class.slots_only
    };
    entry(match inst.class.lookup(name) {
        None => AttrKind::Dict { plain_store: plain_store(), slot: inst.own_slot(name) },
        Some(Value::Function(func)) => AttrKind::Method { func, slot: inst.own_slot(name) },
        Some(
            value @ (Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Class(_)),
        ) => AttrKind::ClassValue { value, plain_store: plain_store(), slot: inst.own_slot(name) },
        Some(_) => AttrKind::General,
    })
}

/// A hit: what the entry says about `inst`, if it is about `inst`'s class
/// in the current epoch (an empty entry's class is 0, no class's address).
#[inline]
pub fn matches(entry: &InstanceAttr, inst: &Instance) -> bool {
    entry.class == key(&inst.class) && entry.epoch == lookup_cache::epoch() && inst.exc.is_none()
}

fn bind(obj: &Value, func: Value) -> Value {
    Value::BoundMethod(Rc::new(crate::object::BoundMethod { self_value: obj.clone(), func }))
}

/// The entry for name `i` when it holds for `inst`.
#[inline(always)]
fn hit<'a>(cache: &'a [InstanceAttr], i: usize, inst: &Instance) -> Option<&'a InstanceAttr> {
    cache.get(i).filter(|entry| matches(entry, inst))
}

/// `LoadAttr` answered from the cache, or None (take the general path).
/// The common kind (an attribute of the instance's own) is read inline;
/// the others out of line.
#[inline(always)]
pub fn load_attr(code: &CodeObject, i: usize, obj: &Value) -> Option<Value> {
    let Value::Instance(inst) = obj else { return None };
    let cache = code.attr_cache.borrow();
    let entry = hit(&cache, i, inst)?;
    match &entry.kind {
        AttrKind::Dict { slot, .. } => inst.get_attr_at(&code.names[i], slot),
        _ => load_attr_other(code, i, inst, entry),
    }
}

#[inline(never)]
fn load_attr_other(code: &CodeObject, i: usize, inst: &Rc<Instance>, entry: &InstanceAttr) -> Option<Value> {
    match &entry.kind {
        AttrKind::Dict { slot, .. } => inst.get_attr_at(&code.names[i], slot),
        AttrKind::Method { func, slot } => match inst.get_attr_at(&code.names[i], slot) {
            None => Some(bind(&Value::Instance(inst.clone()), Value::Function(func.clone()))),
            shadowing => shadowing,
        },
        AttrKind::ClassValue { value, slot, .. } => Some(inst.get_attr_at(&code.names[i], slot).unwrap_or_else(|| value.clone())),
        AttrKind::Empty | AttrKind::General => None,
    }
}

/// `LoadMethod` answered from the cache: the callable and the receiver
/// (the instance for a method, `NotImplemented` when the attribute is a
/// plain value). A method not shadowed by the instance is read inline.
#[inline(always)]
pub fn load_method(code: &CodeObject, i: usize, obj: &Value) -> Option<(Value, Value)> {
    let Value::Instance(inst) = obj else { return None };
    let cache = code.attr_cache.borrow();
    let entry = hit(&cache, i, inst)?;
    match &entry.kind {
        AttrKind::Method { func, slot } => Some(match inst.get_attr_at(&code.names[i], slot) {
            None => (Value::Function(func.clone()), Value::Instance(inst.clone())),
            Some(shadowing) => (shadowing, Value::NotImplemented),
        }),
        _ => load_attr_other(code, i, inst, entry).map(|v| (v, Value::NotImplemented)),
    }
}

/// `StoreAttr` done through the cache; gives the value back when the
/// general path must do it.
#[inline]
pub fn store_attr(code: &CodeObject, i: usize, obj: &Value, v: Value) -> Result<(), Value> {
    let Value::Instance(inst) = obj else { return Err(v) };
    let cache = code.attr_cache.borrow();
    match cache.get(i) {
        Some(entry) if matches(entry, inst) => match &entry.kind {
            AttrKind::Dict { plain_store: true, slot } | AttrKind::ClassValue { plain_store: true, slot, .. } => {
                inst.set_attr_at(&code.names[i], slot, v);
                Ok(())
            }
            _ => Err(v),
        },
        _ => Err(v),
    }
}

/// After the general path handled name `i` on `obj`: remember what the class
/// said, for next time.
pub fn fill(code: &CodeObject, i: usize, obj: &Value, setattr: &PyStr) {
    let Value::Instance(inst) = obj else { return };
    if code.attr_cache.borrow().get(i).is_some_and(|e| matches(e, inst)) {
        return;
    }
    let entry = describe(inst, &code.names[i], setattr);
    if let Some(slot) = code.attr_cache.borrow_mut().get_mut(i) {
        *slot = entry;
    }
}

/// What `entry`, which holds for `inst`, says `inst.<name>` plainly is:
/// the instance's own value, or the class's plain one it does not shadow.
#[inline(always)]
fn own_value(entry: &InstanceAttr, inst: &Instance, name: &PyStr) -> Option<Value> {
    match &entry.kind {
        AttrKind::Dict { slot, .. } => inst.get_attr_at(name, slot),
        AttrKind::ClassValue { value, slot, .. } => Some(inst.get_attr_at(name, slot).unwrap_or_else(|| value.clone())),
        _ => None,
    }
}

/// An attribute that native code reads and writes on instances (asyncio's
/// run-loop paths: a task's `_state`, `_coro`…), with the one-entry cache a
/// `LoadAttr`/`StoreAttr` site has: a hit reads or writes the instance's
/// slot, anything else takes `Vm::get_attr`/`Vm::set_attr` and refills.
pub struct AttrSite {
    name: Rc<PyStr>,
    entry: std::cell::RefCell<InstanceAttr>,
}

impl AttrSite {
    pub fn new(name: &str) -> AttrSite {
        AttrSite { name: crate::object::string::intern(name), entry: Default::default() }
    }

    /// `obj.<name>`.
    pub fn load(&self, vm: &mut crate::vm::Vm, obj: &Value) -> crate::object::exceptions::PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let entry = self.entry.borrow();
            if matches(&entry, inst) {
                match &entry.kind {
                    AttrKind::Dict { slot, .. } => {
                        if let Some(v) = inst.get_attr_at(&self.name, slot) {
                            return Ok(crate::object::value::relay(v));
                        }
                    }
                    AttrKind::ClassValue { value, slot, .. } => {
                        return Ok(crate::object::value::relay(inst.get_attr_at(&self.name, slot).unwrap_or_else(|| value.clone())));
                    }
                    _ => {}
                }
            }
        }
        let v = vm.get_attr(obj, &self.name)?;
        self.fill(vm, obj);
        Ok(v)
    }

    /// `obj.<name> = v`.
    pub fn store(&self, vm: &mut crate::vm::Vm, obj: &Value, v: Value) -> crate::object::exceptions::PyResult<()> {
        if let Value::Instance(inst) = obj {
            let entry = self.entry.borrow();
            if matches(&entry, inst)
                && let AttrKind::Dict { plain_store: true, slot } | AttrKind::ClassValue { plain_store: true, slot, .. } = &entry.kind
            {
                inst.set_attr_at(&self.name, slot, v);
                return Ok(());
            }
        }
        vm.set_attr(obj, &self.name, v)?;
        self.fill(vm, obj);
        Ok(())
    }

    /// `obj.<name>` when that is plainly a value: the instance's own
    /// attribute, or a plain value on its class (no descriptor) that the
    /// instance does not shadow. What a `LoadAttr` gives, with nothing else
    /// run; None otherwise, or when it is not set.
    pub fn load_own(&self, vm: &crate::vm::Vm, obj: &Value) -> Option<Value> {
        let Value::Instance(inst) = obj else { return None };
        let entry = self.entry.borrow();
        if matches(&entry, inst) {
            return own_value(&entry, inst, &self.name);
        }
        drop(entry);
        self.load_own_refilled(vm, obj)
    }

    /// `load_own` when the entry is about another class or epoch.
    #[cold]
    #[inline(never)]
    fn load_own_refilled(&self, vm: &crate::vm::Vm, obj: &Value) -> Option<Value> {
        let Value::Instance(inst) = obj else { return None };
        self.fill(vm, obj);
        let entry = self.entry.borrow();
        if matches(&entry, inst) { own_value(&entry, inst, &self.name) } else { None }
    }

    /// `obj.<name> = v` when that plainly sets the instance's own attribute
    /// (object's `__setattr__`, no descriptor by that name on the class);
    /// else `v` is handed back.
    pub fn store_own(&self, vm: &crate::vm::Vm, obj: &Value, v: Value) -> Result<(), Value> {
        let Value::Instance(inst) = obj else { return Err(v) };
        if !matches(&self.entry.borrow(), inst) {
            self.fill(vm, obj);
        }
        let entry = self.entry.borrow();
        match &entry.kind {
            AttrKind::Dict { plain_store: true, slot } | AttrKind::ClassValue { plain_store: true, slot, .. } if matches(&entry, inst) => {
                inst.set_attr_at(&self.name, slot, v);
                Ok(())
            }
            _ => Err(v),
        }
    }

    fn fill(&self, vm: &crate::vm::Vm, obj: &Value) {
        let Value::Instance(inst) = obj else { return };
        if matches(&self.entry.borrow(), inst) {
            return;
        }
        let described = describe(inst, &self.name, &vm.names.setattr);
        *self.entry.borrow_mut() = described;
    }
}
