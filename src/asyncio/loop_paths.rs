//! The event loop's two hottest paths in Rust, each the native twin of
//! code in asyncio.py that still handles every rarer case.
//!
//! `task_step` is `Task._step` for the common step: a pending task, not
//! traced, not asked to cancel, with nothing to throw into its coroutine.
//! It does what `Task._step_slow` does for such a step, minus the
//! interpreted bookkeeping: set `_fut_waiter` to None, make the task
//! current, resume the coroutine, then hand the outcome to the same Python
//! helpers (`_step_failed`, `_step_done`, `_step_yielded`), except for a
//! bare `yield` (`sleep(0)`), whose `loop._soon(task._step, ())` is done
//! here. Any other step goes to `_step_slow`. asyncio.py registers what it
//! needs with `task_step_setup` when it is imported.
//!
//! `run_ready` is the loop over one iteration's ready callbacks in
//! `BaseEventLoop._run_once`; a callback's error goes back to Python,
//! which reports it inside an `except` as CPython's `Handle._run` does.

use crate::builtins::arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use crate::vm::attr_cache::AttrSite;
use crate::vm::generator::Delegated;
use std::cell::RefCell;
use std::rc::Rc;

/// What `task_step` uses from asyncio.py.
struct Registered {
    slow: Value,
    failed: Value,
    done: Value,
    yielded: Value,
    /// `BaseEventLoop._soon`: a loop whose class has this one is scheduled
    /// on directly.
    soon: Value,
    current_task: Rc<PyList>,
    /// The `Task` class: a task on the ready queue stands for its next
    /// step (see `run_task_entry`).
    task_class: Rc<Class>,
}

/// The attributes read and written, each with its cache (the same task and
/// loop classes come by every time).
struct Sites {
    state: AttrSite,
    must_cancel: AttrSite,
    traced: AttrSite,
    context: AttrSite,
    coro: AttrSite,
    fut_waiter: AttrSite,
    loop_: AttrSite,
    closed: AttrSite,
    ready: AttrSite,
    soon: Rc<PyStr>,
    wakeup: Rc<PyStr>,
}

thread_local! {
    /// Set once the program imports contextvars: tasks may have contexts.
    static CONTEXTS_USED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `contexts_used()`: called by the contextvars module when it is imported.
pub fn contexts_used(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    CONTEXTS_USED.with(|c| c.set(true));
    Ok(Value::None)
}

/// Forgets what asyncio registered on this thread (a test runner, between
/// programs: the registry and the registration hold tasks).
pub fn forget() {
    CONTEXTS_USED.with(|c| c.set(false));
    TASKS.with(|t| std::mem::take(&mut *t.borrow_mut()));
    let old = REGISTERED.with(|r| r.borrow_mut().take());
    drop(old);
}

thread_local! {
    static REGISTERED: RefCell<Option<Rc<Registered>>> = const { RefCell::new(None) };
    static SITES: Rc<Sites> = Rc::new(Sites {
        state: AttrSite::new("_state"),
        must_cancel: AttrSite::new("_must_cancel"),
        traced: AttrSite::new("_traced"),
        context: AttrSite::new("_context"),
        coro: AttrSite::new("_coro"),
        fut_waiter: AttrSite::new("_fut_waiter"),
        loop_: AttrSite::new("_loop"),
        closed: AttrSite::new("_closed"),
        ready: AttrSite::new("_ready"),
        soon: string::intern("_soon"),
        wakeup: string::intern("task_wakeup"),
    });
}

/// `task_step_setup(step_slow, step_failed, step_done, step_yielded,
/// soon, current_task, Task)`.
pub fn task_step_setup(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("task_step_setup", args, 7, 7)?;
    let (Value::List(current_task), Value::Class(task_class)) = (&args[5], &args[6]) else {
        return Err(type_error("task_step_setup(): current_task must be a list, then the Task class"));
    };
    let registered = Registered {
        slow: args[0].clone(),
        failed: args[1].clone(),
        done: args[2].clone(),
        yielded: args[3].clone(),
        soon: args[4].clone(),
        current_task: current_task.clone(),
        task_class: task_class.clone(),
    };
    REGISTERED.with(|r| *r.borrow_mut() = Some(Rc::new(registered)));
    Ok(Value::None)
}

fn is_pending(state: &Value) -> bool {
    matches!(state, Value::Str(s) if s.as_str() == "PENDING")
}

/// `Task._step(self, exc=None)`.
pub fn task_step(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(reg) = REGISTERED.with(|r| r.borrow().clone()) else {
        return Err(runtime_error("asyncio is not set up"));
    };
    let Some(task) = args.first() else {
        return Err(type_error("_step() missing its task"));
    };
    let sites = SITES.with(Rc::clone);
    let common = kwargs.is_empty()
        && args.len() <= 2
        && args.get(1).is_none_or(Value::is_none)
        && is_pending(&sites.state.load(vm, task)?)
        && matches!(sites.must_cancel.load(vm, task)?, Value::Bool(false))
        && matches!(sites.traced.load(vm, task)?, Value::Bool(false))
        // (a task with a contextvars context steps in Python, inside it)
        && (!CONTEXTS_USED.with(|c| c.get()) || sites.context.load(vm, task)?.is_none());
    let coroutine = if common { sites.coro.load(vm, task)? } else { Value::None };
    let Value::Generator(g) = coroutine else {
        return vm.call_value(&reg.slow, args.to_vec(), kwargs.to_vec());
    };
    // (no store when it is None already: a task that never waits on a
    // future gets no slot for it)
    if !sites.fut_waiter.load(vm, task)?.is_none() {
        sites.fut_waiter.store(vm, task, Value::None)?;
    }
    set_current(&reg, task.clone());
    let outcome = match vm.resume(&g, Value::None) {
        Err(e) => match vm.call_value(&reg.failed, vec![task.clone(), e.value()], vec![]) {
            Ok(propagate) if vm.truthy(&propagate)? => Err(e),
            Ok(_) => Ok(()),
            Err(e2) => Err(e2),
        },
        Ok(Delegated::Returned(v)) => vm.call_value(&reg.done, vec![task.clone(), v], vec![]).map(drop),
        Ok(Delegated::Yielded(Value::None)) => give_way(vm, &reg, &sites, task),
        Ok(Delegated::Yielded(v)) => vm.call_value(&reg.yielded, vec![task.clone(), v], vec![]).map(drop),
    };
    // what `_step_slow`'s `finally` does
    set_current(&reg, Value::None);
    outcome.map(|()| Value::None)
}

thread_local! {
    /// asyncio's registry of tasks, held weakly as CPython's `WeakSet` holds
    /// them: 8 bytes a task, oldest first. Dead entries are dropped as the
    /// list doubles and whenever it is read.
    static TASKS: RefCell<Vec<std::rc::Weak<Instance>>> = const { RefCell::new(Vec::new()) };
    static TASKS_PRUNE_AT: std::cell::Cell<usize> = const { std::cell::Cell::new(1024) };
}

/// `register_task(task)`: called by `Task.__init__`.
pub fn register_task(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("register_task", args, 1, 1)?;
    if let Value::Instance(task) = &args[0] {
        TASKS.with(|t| {
            let mut t = t.borrow_mut();
            t.push(Rc::downgrade(task));
            if t.len() >= TASKS_PRUNE_AT.with(|p| p.get()) {
                t.retain(|w| w.strong_count() > 0);
                TASKS_PRUNE_AT.with(|p| p.set((t.len() * 2).max(1024)));
            }
        });
    }
    Ok(Value::None)
}

/// `live_tasks(finalized)`: the registered tasks alive now, oldest first;
/// with `finalized` false, not those already handed to their finalizer
/// (an object CPython would have freed, and so dropped from its registry).
pub fn live_tasks(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("live_tasks", args, 1, 1)?;
    let finalized = matches!(args[0], Value::Bool(true));
    let tasks: Vec<Value> = TASKS.with(|t| {
        let mut t = t.borrow_mut();
        t.retain(|w| w.strong_count() > 0);
        t.iter().filter_map(std::rc::Weak::upgrade).filter(|i| finalized || !crate::object::finalize::is_finalized(i)).map(Value::Instance).collect()
    });
    Ok(Value::List(Rc::new(PyList::new(tasks))))
}

fn set_current(reg: &Registered, task: Value) {
    if let Some(slot) = reg.current_task.items.borrow_mut().first_mut() {
        *slot = task;
    }
}

/// `task._loop._soon_task(task)` after a bare `yield`: the task goes
/// straight onto the loop's ready queue when the loop is one of asyncio's
/// and open; otherwise `_step_yielded` does it (and raises as it must).
fn give_way(vm: &mut Vm, reg: &Registered, sites: &Sites, task: &Value) -> PyResult<()> {
    let event_loop = sites.loop_.load(vm, task)?;
    let own_soon = match &event_loop {
        Value::Instance(inst) => {
            matches!((inst.class.lookup(&sites.soon), &reg.soon), (Some(Value::Function(a)), Value::Function(b)) if Rc::ptr_eq(&a, b))
        }
        _ => false,
    };
    if own_soon
        && matches!(sites.closed.load(vm, &event_loop)?, Value::Bool(false))
        && let Value::List(queue) = sites.ready.load(vm, &event_loop)?
    {
        queue.items.borrow_mut().push(task.clone());
        return Ok(());
    }
    vm.call_value(&reg.yielded, vec![task.clone(), Value::None], vec![]).map(drop)
}

thread_local! {
    static FAILED_AT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// `run_ready(todo, i)`: runs the ready callbacks `todo[i:]` of one loop
/// iteration, in order, leaving None in place of each one run (a
/// `(callback, arg...)` tuple is called, a task takes its step, a `Handle`
/// run unless cancelled), and returns `len(todo)`. What a callback raises
/// propagates, `ready_failed_at()` then saying which one it was; the
/// loop's `_run_once` reports it and goes on with the next.
pub fn run_ready(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("run_ready", args, 2, 2)?;
    let (Value::List(todo), Value::Int(start)) = (&args[0], &args[1]) else {
        return Err(type_error("run_ready(todo, start)"));
    };
    let (cancelled, run) = (string::intern("_cancelled"), string::intern("_run"));
    let mut i = usize::try_from(*start).unwrap_or(0);
    loop {
        // taken out of `todo` as it runs (as CPython's `popleft()`), so
        // that what it holds can go as soon as it has run
        let Some(handle) = todo.items.borrow_mut().get_mut(i).map(std::mem::take) else { break };
        let outcome = match &handle {
            // `(callback, arg)` from `_soon`, `(callback, tag, value)` from I/O
            Value::Tuple(entry) if matches!(entry.items.len(), 2 | 3) => vm.call_value(&entry.items[0], entry.items[1..].to_vec(), vec![]).map(drop),
            Value::Instance(inst) if is_task(inst) => run_task_entry(vm, &handle),
            _ => match vm.get_attr(&handle, &cancelled) {
                Ok(c) if vm.truthy(&c)? => Ok(()),
                Ok(_) => vm.call_method(&handle, &run, vec![]).map(drop),
                Err(e) => Err(e),
            },
        };
        // (what the Python loop's backward jump did: Ctrl-C, and the cycle
        // collector's turn, which keeps dead objects' memory from piling up)
        if let Err(e) = outcome.and_then(|()| vm.check_interrupt()) {
            // put back: the loop reports the failing callback from `todo`
            if let Some(slot) = todo.items.borrow_mut().get_mut(i) {
                *slot = handle;
            }
            FAILED_AT.with(|f| f.set(i));
            return Err(e);
        }
        if crate::object::gc::due() {
            crate::object::gc::collect();
        }
        i += 1;
    }
    Ok(Value::Int(i as i64))
}

/// Whether `inst` is a task (of `Task` or a subclass).
fn is_task(inst: &Instance) -> bool {
    REGISTERED.with(|r| r.borrow().as_ref().is_some_and(|reg| inst.class.is_subclass(&reg.task_class)))
}

/// asyncio.py's `_run_task_entry(task)`: a task on the ready queue takes
/// its next step, `task._step()` while it waits for nothing, else
/// `task.task_wakeup(waiter)`.
fn run_task_entry(vm: &mut Vm, task: &Value) -> PyResult<()> {
    let sites = SITES.with(Rc::clone);
    let waiter = sites.fut_waiter.load(vm, task)?;
    if waiter.is_none() {
        task_step(vm, std::slice::from_ref(task), &[]).map(drop)
    } else {
        vm.call_method(task, &sites.wakeup, vec![waiter]).map(drop)
    }
}

/// `ready_failed_at()`: the index in `todo` of the callback whose error
/// `run_ready` raised last.
pub fn ready_failed_at(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("ready_failed_at", args, 0, 0)?;
    Ok(Value::Int(FAILED_AT.with(|f| f.get()) as i64))
}
