//! `__del__`, and finalizers for a few classes of asyncio: when an
//! instance of a registered class is dropped while its flag attribute has
//! the registered value, its class, attributes and exception state move
//! into a new instance (the old one is "resurrected"), queued until the VM
//! runs the finalizer at a safe point; a mark on it keeps that from
//! happening twice. asyncio registers `Future` with `_log_traceback` True,
//! to report "Task exception was never retrieved", and `Task` with `_state`
//! "PENDING", to report "Task was destroyed but it is pending!", as
//! CPython's `__del__` methods do.
//!
//! A class with a `__del__` (`Class::has_del`) gets the same treatment
//! without a flag: a dropped instance is revived into a new one, queued, and
//! the run loop calls its `__del__` at the next safe point
//! (`Vm::run_finalizers`); the revived instance's address is remembered, so
//! that when it is dropped in turn it is freed (`__del__` runs once, as in
//! CPython since PEP 442). Unreachable cycles get theirs before the
//! collector clears them.

use super::Instance;
use super::class::Class;
use super::{PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A class whose dropped instances get a finalizer while `flag` (the
/// instance's own attribute, else its class's) equals `armed`.
struct Registration {
    class: Rc<Class>,
    flag: Rc<PyStr>,
    armed: Value,
}

thread_local! {
    /// Instances waiting for their `__del__`.
    static DEL_PENDING: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
    /// Addresses of instances whose `__del__` was queued once.
    static DEL_DONE: RefCell<std::collections::HashSet<usize>> = RefCell::new(std::collections::HashSet::new());
    static CLASSES: RefCell<Vec<Registration>> = const { RefCell::new(Vec::new()) };
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Set on a resurrected instance: its finalizer has been queued once.
    static DONE_MARK: Rc<PyStr> = super::string::intern("_finalizer_queued");
}

/// Instances of `cls` (and subclasses) are queued when dropped while
/// their `flag` attribute equals `armed` (True, or a string).
pub fn register(cls: Rc<Class>, flag: &str, armed: Value) {
    CLASSES.with(|c| c.borrow_mut().push(Registration { class: cls, flag: super::string::intern(flag), armed }));
}

/// The instance's attribute `flag`, or its class's, read with no borrow
/// that could be in use (this runs wherever a value is dropped).
fn flag_value(inst: &Instance, flag: &PyStr) -> Option<Value> {
    // (no `full_mro()`: this runs on every drop of a future, and that allocates)
    inst.get_attr(flag).or_else(|| std::iter::once(&inst.class).chain(&inst.class.mro).find_map(|c| c.dict.try_get_str(flag)))
}

fn armed(inst: &Instance, r: &Registration) -> bool {
    inst.class.is_subclass(&r.class)
        && match (flag_value(inst, &r.flag), &r.armed) {
            (Some(Value::Bool(a)), Value::Bool(b)) => a == *b,
            (Some(Value::Str(a)), Value::Str(b)) => a.as_str() == b.as_str(),
            _ => false,
        }
}

/// The mark to set on `inst` when it wants its finalizer now (registered,
/// armed, not finalized before).
fn wants_finalizer(inst: &Instance) -> Option<Rc<PyStr>> {
    // (attributes being changed right now cannot be read: no finalizer then)
    if inst.attrs_busy() {
        return None;
    }
    let wanted = CLASSES.try_with(|c| c.try_borrow().is_ok_and(|c| c.iter().any(|r| armed(inst, r)))).unwrap_or(false);
    let mark = DONE_MARK.try_with(|m| m.clone()).ok()?;
    (wanted && inst.get_attr(&mark).is_none()).then_some(mark)
}

fn queue(inst: Rc<Instance>, mark: Rc<PyStr>) {
    // the finalizer runs once
    inst.set_attr(mark, Value::Bool(true));
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.push(Value::Instance(inst));
        }
    });
}

/// Whether `__del__` was queued for the instance at `addr` (forgetting it:
/// it is being freed).
fn del_done(addr: usize, forget: bool) -> bool {
    DEL_DONE
        .try_with(|d| match d.try_borrow_mut() {
            Ok(mut d) if forget => d.remove(&addr),
            Ok(d) => d.contains(&addr),
            Err(_) => true,
        })
        .unwrap_or(true)
}

fn queue_del(inst: Rc<Instance>) {
    let _ = DEL_DONE.try_with(|d| d.try_borrow_mut().map(|mut d| d.insert(Rc::as_ptr(&inst) as usize)));
    let _ = DEL_PENDING.try_with(|p| p.try_borrow_mut().map(|mut p| p.push(inst)));
    crate::vm::finalize::note_pending();
}

/// The instances waiting for their `__del__`, oldest first.
pub fn take_del_pending() -> Vec<Rc<Instance>> {
    DEL_PENDING.try_with(|p| p.try_borrow_mut().map(|mut p| std::mem::take(&mut *p)).unwrap_or_default()).unwrap_or_default()
}

/// Called from `Instance::drop`: queues a copy of the instance if wanted.
pub fn on_drop(inst: &mut Instance) {
    if inst.class.has_del.get() {
        // revived once already: now it is freed
        if del_done(inst as *const Instance as usize, true) || inst.attrs_busy() {
            return;
        }
        let revived = Rc::new(inst.take_into_new());
        super::gc::track_instance(&revived);
        queue_del(revived);
        return;
    }
    let Some(mark) = wants_finalizer(inst) else { return };
    let revived = Rc::new(inst.take_into_new());
    super::gc::track_instance(&revived);
    queue(revived, mark);
}

/// The cycle collector found `inst` unreachable: queues it (alive) for its
/// finalizer if it wants one; true when it did.
pub fn queue_if_armed(inst: &Rc<Instance>) -> bool {
    if inst.class.has_del.get() {
        if del_done(Rc::as_ptr(inst) as usize, false) {
            return false;
        }
        queue_del(inst.clone());
        return true;
    }
    let Some(mark) = wants_finalizer(inst) else { return false };
    queue(inst.clone(), mark);
    true
}

/// Whether `inst` was handed to its finalizer (or cleared as garbage): an
/// object CPython would already have freed.
pub fn is_finalized(inst: &Instance) -> bool {
    !inst.attrs_busy() && DONE_MARK.try_with(|m| inst.get_attr(m).is_some()).unwrap_or(false)
}

/// The cycle collector is clearing `inst` (its attributes are gone): it
/// must not look armed when it is then dropped, as a class default (a
/// Task's `_state` of "PENDING") would make it. Marked as finalized.
pub fn cleared(inst: &Instance) {
    let registered = CLASSES.try_with(|c| c.try_borrow().is_ok_and(|c| c.iter().any(|r| inst.class.is_subclass(&r.class)))).unwrap_or(false);
    if registered && let Ok(mark) = DONE_MARK.try_with(|m| m.clone()) {
        inst.set_attr(mark, Value::Bool(true));
    }
}

/// Marks `inst` as finalized, whatever its class: a test runner, for the
/// objects a finished program left alive.
pub fn forget_instance(inst: &Rc<Instance>) {
    if inst.class.has_del.get() {
        let _ = DEL_DONE.try_with(|d| d.try_borrow_mut().map(|mut d| d.insert(Rc::as_ptr(inst) as usize)));
    }
    cleared(inst);
}

/// Whether instances are waiting for their finalizer.
pub fn has_pending() -> bool {
    PENDING.try_with(|p| p.try_borrow().is_ok_and(|p| !p.is_empty())).unwrap_or(false)
}

/// The instances waiting for their finalizer, oldest first.
pub fn take() -> Vec<Value> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}
