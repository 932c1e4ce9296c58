//! The reactor: tokio's current-thread runtime and a `LocalSet` on which the
//! native I/O operations (`streams.rs`, `process.rs`) run as tokio tasks.
//! Those tasks never touch the VM: they post `Event`s (a token chosen by
//! `asyncio.py`, a tag and a plain-data `Payload`) to a queue, and the event
//! loop collects them with `wait` (blocking until an event or a timer
//! deadline) or `poll` (when Python callbacks are ready to run), turning each
//! into a callback on its ready queue, as CPython's selector loop does.
//!
//! Invariant: no Python value crosses into a tokio task, and tokio is driven
//! only from `wait`/`poll`, never while Python code runs.
//!
//! Clock: `now()` is the loop clock. With `--virtual-time` it is a virtual
//! clock that `wait` moves to the next deadline at once when no I/O task that
//! progresses by itself (connect, write, child process) is running, and by
//! the real elapsed time while one is. Reads and accepts only wait for
//! others, so they do not hold the clock back.

use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Poll, Waker};
use std::time::{Duration, Instant};
use tokio::task::{AbortHandle, LocalSet};

/// Set by `--virtual-time` before the interpreter starts.
pub static VIRTUAL_TIME: AtomicBool = AtomicBool::new(false);

/// Plain data an I/O task hands back; it becomes a Python value in `wait`.
pub enum Payload {
    None,
    Int(i64),
    Bytes(Vec<u8>),
    Str(String),
    /// An `OSError` (of the subclass CPython picks for the errno).
    OsError(i32, String),
    Tuple(Vec<Payload>),
}

impl Payload {
    fn into_value(self) -> Value {
        match self {
            Payload::None => Value::None,
            Payload::Int(i) => Value::Int(i),
            Payload::Bytes(b) => Value::Bytes(Rc::new(PyBytes { data: b })),
            Payload::Str(s) => Value::str(s),
            Payload::OsError(errno, msg) => os_error(errno, &msg, None).value(),
            Payload::Tuple(items) => Value::tuple(items.into_iter().map(Payload::into_value).collect()),
        }
    }

    /// The payload for an I/O error.
    pub fn from_io(e: &std::io::Error) -> Payload {
        let errno = e.raw_os_error().unwrap_or(5);
        Payload::OsError(errno, strerror(errno))
    }
}

/// A completed (or progressing) operation, for the callback `token` names.
struct Event {
    token: i64,
    tag: &'static str,
    payload: Payload,
}

struct Reactor {
    rt: Option<tokio::runtime::Runtime>,
    local: LocalSet,
    events: RefCell<VecDeque<Event>>,
    /// Woken when an event is posted while `wait` blocks.
    waker: RefCell<Option<Waker>>,
    /// I/O tasks alive (connecting, reading, writing, accepting, waiting for a child).
    alive: Cell<usize>,
    /// Those of them that make progress by themselves (connecting, writing,
    /// waiting for a child): virtual time does not jump while one runs.
    /// Reading and accepting wait for something else to happen.
    active: Cell<usize>,
    start: Instant,
    /// Bytes queued on streams and not yet written: like an active task,
    /// they hold virtual time back.
    unwritten: Cell<usize>,
    /// The virtual clock (seconds), with `--virtual-time`.
    virtual_now: Cell<Option<f64>>,
}

thread_local! {
    // leaked: tokio's own thread-locals may be gone when this thread's
    // destructors run, so the runtime and its tasks are never dropped
    static REACTOR: &'static Reactor = Box::leak(Box::new(Reactor {
        rt: tokio::runtime::Builder::new_current_thread().enable_all().build().ok(),
        local: LocalSet::new(),
        events: RefCell::new(VecDeque::new()),
        waker: RefCell::new(None),
        alive: Cell::new(0),
        unwritten: Cell::new(0),
        active: Cell::new(0),
        start: Instant::now(),
        virtual_now: Cell::new(if VIRTUAL_TIME.load(Ordering::Relaxed) { Some(0.0) } else { None }),
    }));
}

/// Switches this thread's loop clock to virtual time (starting at 0) or
/// back to real time: the test runner does this for each program it runs.
pub fn set_virtual_time(on: bool) {
    REACTOR.with(|r| r.virtual_now.set(if on { Some(0.0) } else { None }));
}

/// The loop clock in seconds.
pub fn now() -> f64 {
    REACTOR.with(|r| r.virtual_now.get().unwrap_or_else(|| r.start.elapsed().as_secs_f64()))
}

/// Posts an event for the Python callback registered under `token`.
pub fn post(token: i64, tag: &'static str, payload: Payload) {
    REACTOR.with(|r| {
        r.events.borrow_mut().push_back(Event { token, tag, payload });
        if let Some(w) = r.waker.borrow_mut().take() {
            w.wake();
        }
    });
}

/// Counts a task as alive (and maybe active) until it is dropped (finished or aborted).
struct Alive {
    active: bool,
}

impl Alive {
    fn new(active: bool) -> Alive {
        REACTOR.with(|r| {
            r.alive.set(r.alive.get() + 1);
            if active {
                r.active.set(r.active.get() + 1);
            }
        });
        Alive { active }
    }
}

impl Drop for Alive {
    fn drop(&mut self) {
        // (try_with: the thread-local may be gone when the runtime shuts down)
        let _ = REACTOR.try_with(|r| {
            r.alive.set(r.alive.get().saturating_sub(1));
            if self.active {
                r.active.set(r.active.get().saturating_sub(1));
            }
        });
    }
}

pub fn unwritten_add(n: usize) {
    REACTOR.with(|r| r.unwritten.set(r.unwritten.get() + n));
}

pub fn unwritten_sub(n: usize) {
    let _ = REACTOR.try_with(|r| r.unwritten.set(r.unwritten.get().saturating_sub(n)));
}

/// Bytes queued on streams and not yet written.
pub fn unwritten() -> usize {
    REACTOR.with(|r| r.unwritten.get())
}

/// Starts an I/O task that makes progress by itself (see `Reactor::active`).
pub fn spawn(fut: impl Future<Output = ()> + 'static) -> AbortHandle {
    spawn_task(fut, true)
}

/// Starts an I/O task that waits for others (reading, accepting).
pub fn spawn_passive(fut: impl Future<Output = ()> + 'static) -> AbortHandle {
    spawn_task(fut, false)
}

/// Starts an I/O task on the local set; it runs while the loop waits or polls.
fn spawn_task(fut: impl Future<Output = ()> + 'static, active: bool) -> AbortHandle {
    let alive = Alive::new(active);
    REACTOR.with(|r| {
        r.local
            .spawn_local(async move {
                let _alive = alive;
                fut.await
            })
            .abort_handle()
    })
}

/// Runs `f` inside the runtime's context (needed to create tokio I/O objects
/// outside a task, e.g. a child process's pipes).
pub fn enter<T>(f: impl FnOnce() -> T) -> T {
    REACTOR.with(|r| match &r.rt {
        Some(rt) => {
            let _guard = rt.enter();
            f()
        }
        None => f(),
    })
}

/// CPython's text for an errno (`strerror`), without Rust's " (os error N)".
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The `OSError` subclass CPython raises for `errno` (PEP 3151), with
/// `[Errno N] msg` as its text and `filename` when given.
pub fn os_error(errno: i32, msg: &str, filename: Option<Value>) -> PyErr {
    let cls = os_error_class(errno as i64);
    let err = PyErr::with_args(&cls, vec![Value::Int(errno as i64), Value::str(msg)]);
    if let Some(f) = filename {
        err.exc.set_attr(crate::object::string::intern("filename"), f);
    }
    err
}

/// Resolves once an event is queued.
fn event_posted() -> impl Future<Output = ()> {
    std::future::poll_fn(|cx| {
        REACTOR.with(|r| {
            if r.events.borrow().is_empty() {
                *r.waker.borrow_mut() = Some(cx.waker().clone());
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        })
    })
}

/// Drives tokio until `fut` completes (tasks on the local set run meanwhile).
fn drive<F: Future>(fut: F) -> Option<F::Output> {
    REACTOR.with(|r| r.rt.as_ref().map(|rt| rt.block_on(r.local.run_until(fut))))
}

/// Drives the I/O tasks until `done()` holds or `limit` has passed.
pub fn drive_until(limit: Duration, done: impl Fn() -> bool) {
    let end = Instant::now() + limit;
    while !done() && Instant::now() < end {
        drive(async {
            let _ = tokio::time::timeout(Duration::from_millis(5), std::future::pending::<()>()).await;
        });
    }
}

fn take_events() -> Value {
    let events: Vec<Event> = REACTOR.with(|r| r.events.borrow_mut().drain(..).collect());
    Value::list(events.into_iter().map(|e| Value::tuple(vec![Value::Int(e.token), Value::str(e.tag), e.payload.into_value()])).collect())
}

fn deadline_arg(v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::None => Ok(None),
        Value::Float(f) => Ok(Some(*f)),
        Value::Int(i) => Ok(Some(*i as f64)),
        _ => Err(type_error("wait() needs a number or None")),
    }
}

/// `wait(deadline)`: blocks until an I/O event arrives or the loop clock
/// reaches `deadline` (None: no timer), then returns the events, as a list
/// of `(token, tag, value)`. Sleeps in short slices so Ctrl-C interrupts.
pub fn py_wait(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    crate::builtins::arity("wait", args, 1, 1)?;
    let deadline = deadline_arg(&args[0])?;
    loop {
        let (pending, active, virt) = REACTOR.with(|r| (!r.events.borrow().is_empty(), r.active.get() + r.unwritten.get(), r.virtual_now.get()));
        if pending {
            break;
        }
        if let (Some(v), Some(d)) = (virt, deadline)
            && active == 0
        {
            // first collect what I/O is ready now (as select(0) would)
            poll_io();
            if REACTOR.with(|r| !r.events.borrow().is_empty()) {
                break;
            }
            // nothing can happen before the deadline: jump to it
            if d > v {
                REACTOR.with(|r| r.virtual_now.set(Some(d)));
            }
            break;
        }
        let left = match deadline {
            Some(d) => d - now(),
            None => 1.0,
        };
        if left <= 0.0 || !left.is_finite() {
            break;
        }
        let slice = Duration::from_secs_f64(left.min(0.05));
        let started = Instant::now();
        if drive(async {
            let _ = tokio::time::timeout(slice, event_posted()).await;
        })
        .is_none()
        {
            std::thread::sleep(slice);
        }
        if let Some(v) = virt {
            // while I/O is in flight, virtual time passes as real time does
            let v2 = v + started.elapsed().as_secs_f64();
            REACTOR.with(|r| {
                r.virtual_now.set(Some(match deadline {
                    Some(d) => v2.min(d.max(v)),
                    None => v2,
                }))
            });
        }
        vm.check_interrupt()?;
        if std::mem::take(&mut vm.sigint_handled) {
            // a Ctrl-C handler ran (it cancelled the main task): go and run it
            break;
        }
    }
    Ok(take_events())
}

/// `poll()`: lets the I/O tasks make progress without blocking and returns
/// the events (an empty list when no I/O task is alive).
pub fn py_poll(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    poll_io();
    Ok(take_events())
}

/// Lets the I/O tasks run without blocking.
fn poll_io() {
    let alive = REACTOR.with(|r| r.alive.get());
    if alive > 0 {
        drive(async {
            // two passes: the first lets the I/O driver see readiness, the
            // second runs the tasks it woke
            tokio::task::yield_now().await;
            tokio::task::yield_now().await;
        });
    }
}

/// `io_active()`: how many I/O tasks are alive.
pub fn py_io_active(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(REACTOR.with(|r| r.alive.get() + r.events.borrow().len()) as i64))
}

/// `os_error(errno, msg[, filename])`: the OSError subclass for `errno`.
pub fn py_os_error(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    crate::builtins::arity("os_error", args, 2, 3)?;
    let Value::Int(errno) = &args[0] else { return Err(type_error("errno must be an int")) };
    let Value::Str(msg) = &args[1] else { return Err(type_error("msg must be a str")) };
    Ok(os_error(*errno as i32, msg.as_str(), args.get(2).cloned()).value())
}

/// `strerror(errno)`.
pub fn py_strerror(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    crate::builtins::arity("strerror", args, 1, 1)?;
    let Value::Int(errno) = &args[0] else { return Err(type_error("errno must be an int")) };
    Ok(Value::str(strerror(*errno as i32)))
}
