//! The steps of `asyncio.Queue` that run once per item and never wait, in
//! Rust: `put` into a queue with room and no getter waiting, `get` from a
//! queue with items and no putter waiting, and a `task_done` that does not
//! finish the queue's work.
//!
//! asyncio.py asks these first (`put`, `get` and their `_nowait` forms
//! act only on a `Queue` itself, whose steps no subclass overrides: the
//! class asyncio.py registers with `queue_setup`) and runs
//! its own lines when they answer "not here". They read and write only the
//! attributes those lines would, and only where those are plainly the
//! instance's own (`AttrSite::load_own`): anything else, an attribute that
//! is missing, a property, a `_queue` that is not a list, a waiter to wake,
//! is left to the Python lines, before anything has been changed. So the
//! outcome is the one the Python lines give, minus about thirty dispatches
//! per item.

use crate::builtins::arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use crate::vm::attr_cache::AttrSite;

struct Sites {
    maxsize: AttrSite,
    queue: AttrSite,
    unfinished: AttrSite,
    finished: AttrSite,
    value: AttrSite,
    getters: AttrSite,
    putters: AttrSite,
}

thread_local! {
    /// The `Queue` class of the asyncio module last imported on this
    /// thread (`queue_setup`): only its instances take these paths.
    static QUEUE_CLASS: std::cell::RefCell<Option<std::rc::Rc<Class>>> = const { std::cell::RefCell::new(None) };
    static SITES: Sites = Sites {
        maxsize: AttrSite::new("_maxsize"),
        queue: AttrSite::new("_queue"),
        unfinished: AttrSite::new("_unfinished_tasks"),
        finished: AttrSite::new("_finished"),
        value: AttrSite::new("_value"),
        getters: AttrSite::new("_getters"),
        putters: AttrSite::new("_putters"),
    };
}

/// `queue_setup(Queue)`: asyncio.py names its class when it is imported.
pub fn queue_setup(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("queue_setup", args, 1, 1)?;
    let Value::Class(cls) = &args[0] else { return Err(type_error("queue_setup() takes the Queue class")) };
    QUEUE_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    Ok(Value::None)
}

/// Whether `q` is an instance of `Queue` itself (a subclass may override
/// the steps these paths stand for).
fn plain_queue(q: &Value) -> bool {
    let Value::Instance(inst) = q else { return false };
    QUEUE_CLASS.with(|c| c.borrow().as_ref().is_some_and(|cls| std::rc::Rc::ptr_eq(cls, &inst.class)))
}

/// An empty list of waiters (none to wake).
fn no_waiters(v: Option<Value>) -> bool {
    matches!(v, Some(Value::List(l)) if l.items.borrow().is_empty())
}

/// `queue_put(q, item, long_queue)`: True when the item was put, as `put`
/// and `put_nowait` would without waiting or waking anyone, into a queue
/// of at most `long_queue` items (asyncio.py's `_LONG_QUEUE`, past which
/// a watched queue becomes a deque); False when nothing was done.
pub fn queue_put(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("queue_put", args, 3, 3)?;
    let (q, item) = (&args[0], &args[1]);
    let Value::Int(long_queue) = args[2] else { return Ok(Value::Bool(false)) };
    if !plain_queue(q) {
        return Ok(Value::Bool(false));
    }
    let done = SITES.with(|s| {
        let (Some(Value::Int(maxsize)), Some(Value::List(queue))) = (s.maxsize.load_own(vm, q), s.queue.load_own(vm, q)) else {
            return false;
        };
        let len = queue.items.borrow().len() as i64;
        // full: `put` waits, `put_nowait` raises QueueFull
        if 0 < maxsize && maxsize <= len {
            return false;
        }
        // long: the Python lines decide whether it becomes a deque (only
        // a queue watched for length does: `_watch_length`)
        if len + 1 > long_queue {
            return false;
        }
        let Some(Value::Int(unfinished)) = s.unfinished.load_own(vm, q) else { return false };
        let Some(more) = unfinished.checked_add(1) else { return false };
        // `finished.clear()` to do, or a getter to wake: the Python lines
        let Some(finished) = s.finished.load_own(vm, q) else { return false };
        if !matches!(s.value.load_own(vm, &finished), Some(Value::Bool(false))) || !no_waiters(s.getters.load_own(vm, q)) {
            return false;
        }
        if s.unfinished.store_own(vm, q, Value::Int(more)).is_err() {
            return false;
        }
        crate::object::value::push_value(&mut queue.items.borrow_mut(), item.clone());
        true
    });
    Ok(Value::Bool(done))
}

/// `queue_get(q, missing)`: the first item, taken as `get` and
/// `get_nowait` would without waiting or waking a putter; `missing` when
/// nothing was done.
pub fn queue_get(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("queue_get", args, 2, 2)?;
    let q = &args[0];
    if !plain_queue(q) {
        return Ok(args[1].clone());
    }
    let item = SITES.with(|s| {
        let Some(Value::List(queue)) = s.queue.load_own(vm, q) else { return None };
        if queue.items.borrow().is_empty() || !no_waiters(s.putters.load_own(vm, q)) {
            return None;
        }
        Some(queue.items.borrow_mut().remove(0))
    });
    Ok(item.unwrap_or_else(|| args[1].clone()))
}

/// `queue_task_done(q)`: True when one unfinished task was counted off and
/// others remain (the last one sets `_finished`: the Python lines).
pub fn queue_task_done(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("queue_task_done", args, 1, 1)?;
    let q = &args[0];
    let done = SITES.with(|s| match s.unfinished.load_own(vm, q) {
        Some(Value::Int(n)) if n > 1 => s.unfinished.store_own(vm, q, Value::Int(n - 1)).is_ok(),
        _ => false,
    });
    Ok(Value::Bool(done))
}
