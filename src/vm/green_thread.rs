//! Green threads: how tikitaka runs the functions that asyncio hands to an
//! executor (`loop.run_in_executor(None, …)`, `asyncio.to_thread`).
//!
//! Interpreter values cannot cross OS threads, so a "thread" runs on the
//! interpreter's own thread, started by an event-loop callback. What makes it
//! behave like a thread is `time.sleep`: called inside it, the sleep does not
//! block the loop; the thread's whole chain of Python frames leaves the
//! frame stack (frames live on the heap, so this is a move of pointers) and
//! the loop resumes the chain when the sleep is over, while other tasks run.
//! This is the same mechanism as a generator's suspension, extended from one
//! frame to a chain of plain calls.
//!
//! A sleep can suspend only if every frame above the thread's first one was
//! called by the run loop itself: when native code sits in between (a
//! callback of `sorted`, `map`, …), the Rust stack holds part of the chain,
//! and the sleep blocks as it would anywhere else. Code that computes
//! without sleeping runs to its end at once (CPython would switch threads
//! every few milliseconds).
//!
//! asyncio drives a thread through `_asyncio_native.thread_start` and
//! `thread_resume` (see `_ThreadJob` in `asyncio.py`); each returns
//! `(True, result)` when the function returned, `(False, id, seconds)` when it
//! sleeps, and raises what the function raised.

use super::{Exit, FrameBox, NoSink, Vm};
use crate::object::exceptions::*;
use crate::object::*;
use std::collections::HashMap;

/// The suspended green threads of one interpreter.
#[derive(Default)]
pub struct GreenThreads {
    /// Set by `time.sleep` to ask the run loop to park the running chain;
    /// the sleep's length is in `sleep`.
    pub suspending: bool,
    sleep: f64,
    /// Set while the run loop itself calls `time.sleep` (with its caller
    /// parked): not from native code, whose Rust frames could not be parked.
    pub direct_sleep: bool,
    /// The `base` of the `run_frame` that runs a green thread, while it runs.
    running_base: Option<usize>,
    /// The chain just parked by the run loop, and its frames' extra depth.
    parked: Option<(Vec<FrameBox>, usize)>,
    /// Sleeping threads by id: their chains of frames, outermost first.
    sleeping: HashMap<u64, (Vec<FrameBox>, usize)>,
    next_id: u64,
}

impl GreenThreads {
    /// Called by the run loop with the chain it took off the stack.
    pub(crate) fn park(&mut self, chain: Vec<FrameBox>, extra_depth: usize) {
        self.suspending = false;
        self.parked = Some((chain, extra_depth));
    }
}

impl Vm {
    /// `time.sleep(seconds)` called from a green thread whose frames can all
    /// be parked: asks for the suspension (the caller returns the error this
    /// gives, which the run loop turns into the suspension), or None.
    pub fn green_sleep(&mut self, seconds: f64) -> Option<PyErr> {
        if !std::mem::take(&mut self.green.direct_sleep) || self.green.running_base != Some(self.inner_base) {
            return None;
        }
        self.green.suspending = true;
        self.green.sleep = seconds;
        Some(internal("a green thread's sleep escaped its run loop"))
    }

    /// Starts `func(*args)` as a green thread.
    pub fn green_start(&mut self, func: &Value, args: Vec<Value>) -> PyResult<Value> {
        let (callee, args) = self.python_callee(func, args);
        let Value::Function(function) = &callee else {
            // a native: nothing in it can be parked
            let v = self.call_value(&callee, args, vec![])?;
            return Ok(Value::tuple(vec![Value::Bool(true), v]));
        };
        let frame = self.bind_args(function, args, &[])?;
        if function.code.flags.generator || function.code.flags.coroutine {
            let v = self.make_generator(frame, function);
            return Ok(Value::tuple(vec![Value::Bool(true), v]));
        }
        if self.depth >= self.recursion_limit {
            return Err(recursion_limit());
        }
        let base = self.frames.len();
        self.depth += 1;
        let r = self.run_green(base, |vm| vm.run_frames(frame, base, 0, None, &mut NoSink));
        self.depth -= 1;
        r
    }

    /// Resumes the green thread `id` after its sleep (`time.sleep` returns None).
    pub fn green_resume(&mut self, id: u64) -> PyResult<Value> {
        let Some((mut chain, extra)) = self.green.sleeping.remove(&id) else {
            return Err(value_error(format!("no sleeping thread {id}")));
        };
        let Some(mut top) = chain.pop() else {
            return Err(internal("a green thread without frames"));
        };
        top.push(Value::None);
        let base = self.frames.len();
        self.frames.extend(chain);
        self.depth += 1 + extra;
        let r = self.run_green(base, |vm| vm.run_frames(top, base, extra, None, &mut NoSink));
        self.depth -= 1;
        r
    }

    /// Runs a green thread's chain with suspension allowed at `base`, and
    /// turns how it stopped into `(True, result)` or `(False, id, seconds)`.
    fn run_green(&mut self, base: usize, run: impl FnOnce(&mut Vm) -> PyResult<Exit>) -> PyResult<Value> {
        let outer = self.green.running_base.replace(base);
        let r = run(self);
        self.green.running_base = outer;
        match r {
            Ok(Exit::Return(v)) => Ok(Value::tuple(vec![Value::Bool(true), v])),
            Ok(Exit::Yield(..)) => Err(internal("a green thread yielded")),
            Err(e) => match self.green.parked.take() {
                Some(chain) => {
                    self.green.next_id += 1;
                    let id = self.green.next_id;
                    self.green.sleeping.insert(id, chain);
                    Ok(Value::tuple(vec![Value::Bool(false), Value::Int(id as i64), Value::Float(self.green.sleep)]))
                }
                None => Err(e),
            },
        }
    }

    /// The Python function (if any) that calling `func` with `args` runs
    /// first, with the arguments it gets: bound methods and instances with a
    /// Python `__call__` (`functools.partial`) are unwrapped.
    fn python_callee(&self, func: &Value, mut args: Vec<Value>) -> (Value, Vec<Value>) {
        let mut callee = func.clone();
        for _ in 0..8 {
            let next = match &callee {
                Value::BoundMethod(bm) => {
                    args.insert(0, bm.self_value.clone());
                    bm.func.clone()
                }
                Value::Instance(inst) => match inst.class.lookup(&self.names.call) {
                    Some(m @ Value::Function(_)) => {
                        args.insert(0, callee.clone());
                        m
                    }
                    _ => break,
                },
                _ => break,
            };
            callee = next;
        }
        (callee, args)
    }
}
