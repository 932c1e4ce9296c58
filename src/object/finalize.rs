//! Finalizers for a few classes, without a general `__del__`: when an
//! instance of a registered class is dropped while its flag attribute is
//! True, its class, attributes and exception state move into a new instance
//! (the old one is "resurrected"), queued until the VM runs the finalizer
//! at a safe point. asyncio registers `Future` with `_log_traceback`, to
//! report "Task exception was never retrieved" as CPython's `__del__` does.

use super::Instance;
use super::class::Class;
use super::{PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static CLASSES: RefCell<Vec<(Rc<Class>, Rc<PyStr>)>> = const { RefCell::new(Vec::new()) };
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Instances of `cls` (and subclasses) are queued when dropped with `flag` set to True.
pub fn register(cls: Rc<Class>, flag: &str) {
    CLASSES.with(|c| c.borrow_mut().push((cls, Rc::new(PyStr::new(flag.to_string())))));
}

/// Called from `Instance::drop`: queues a copy of the instance if wanted.
pub fn on_drop(inst: &mut Instance) {
    // (a dict being mutated right now cannot be read: no finalizer then)
    if inst.attrs_busy() {
        return;
    }
    let flag = CLASSES
        .try_with(|c| {
            let c = c.try_borrow().ok()?;
            c.iter()
                .find(|(cls, flag)| inst.class.is_subclass(cls) && matches!(inst.get_attr(flag), Some(Value::Bool(true))))
                .map(|(_, flag)| flag.clone())
        })
        .ok()
        .flatten();
    let Some(flag) = flag else { return };
    let revived = Rc::new(inst.take_into_new());
    // the finalizer runs once
    revived.set_attr(flag, Value::Bool(false));
    super::gc::track_instance(&revived);
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.push(Value::Instance(revived));
        }
    });
}

/// The instances waiting for their finalizer, oldest first.
pub fn take() -> Vec<Value> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}
