//! The virtual machine. `run_frame` is the one run loop: it executes the
//! current frame's instructions (`step`, in step.rs), pushes a new heap
//! frame for each Python call and pops it on return, so Python recursion
//! never recurses in Rust; an error leaves `step` and is unwound here
//! (`run_frames_at`). This file holds the `Vm` itself and those drivers.

pub mod asyncgen;
pub mod attr;
pub mod attr_cache;
mod build_ops;
pub mod call;
pub mod code_cache;
mod dict_views;
pub mod finalize;
pub mod frame;
pub mod frame_box;
pub mod generator;
pub mod global_cache;
mod output;
mod step;
mod with_ops;
pub use output::{Input, Output};
pub mod green_thread;
pub mod imports;
pub mod iter;
pub mod ops;
pub mod repr;
pub mod signal;
pub mod subscript;
mod suggestions;
pub mod trace;
pub mod traceback;
pub mod unwind;
pub mod warnings;

use crate::bytecode::{CodeObject, Op};
use crate::object::exceptions::*;
use crate::object::types::{Types, type_name, types};
use crate::object::*;
use frame::{Block, BlockKind, Frame, Resume};
use frame_box::FrameBox;
use std::rc::Rc;

/// Set by the command line's `--trace`; every new VM starts with it.
pub static TRACE_DEFAULT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// How `step` left the run loop.
enum StepOut {
    Return(Value),
    Yield(Value),
}

/// What receives the values the base frame of a `run_frame` yields.
/// `NoSink` takes none: the frame suspends at its first yield. A drain
/// (`Vm::drain`) takes each value and the frame goes on as if resumed with
/// None, without leaving the run loop.
pub trait YieldSink {
    /// Takes `v`, or hands it back to end the run with `Exit::Yield`.
    fn take(&mut self, v: Value) -> Option<Value>;
}

/// The sink of an ordinary run: every yield suspends the frame.
pub struct NoSink;

impl YieldSink for NoSink {
    #[inline(always)]
    fn take(&mut self, v: Value) -> Option<Value> {
        Some(v)
    }
}

/// A drain's sink: a native consumer's function from a yielded value to
/// None (taken) or the value (not taken); or `sum`'s total, which takes
/// small ints and floats without a call per item.
pub enum Drain<'a> {
    Each(&'a mut dyn FnMut(Value) -> Option<Value>),
    Sum(&'a mut Value),
}

impl YieldSink for Drain<'_> {
    #[inline(always)]
    fn take(&mut self, v: Value) -> Option<Value> {
        match self {
            Drain::Each(take) => take(v),
            Drain::Sum(total) => crate::builtins::functions::add_native(total, v),
        }
    }
}

/// How a run of `run_frame` ended.
pub enum Exit {
    Return(Value),
    /// The base frame yielded; the frame is handed back to its generator.
    Yield(Value, FrameBox),
}

pub struct Vm {
    /// Frames of callers of the frame `run_frame` is executing.
    pub frames: Vec<FrameBox>,
    /// Finished frames kept for reuse (their vectors keep their capacity).
    pub frame_pool: Vec<FrameBox>,
    pub builtins: Rc<PyDict>,
    pub types: Rc<Types>,
    pub modules: Rc<PyDict>,
    pub recursion_limit: usize,
    /// Nesting of native code that re-entered the VM or recursed natively.
    pub native_depth: usize,
    pub out: Output,
    pub err: Output,
    pub input: Input,
    /// Bytes a captured `out` or `err` may hold; past it the program is stopped.
    pub output_limit: usize,
    /// Set when captured output reached `output_limit` (and the program was stopped).
    pub flooded: bool,
    pub argv: Vec<String>,
    /// Ctrl-C or a test runner's stop; checked on backward jumps and calls.
    pub signal: Option<std::sync::Arc<signal::Signal>>,
    /// Called instead of raising `KeyboardInterrupt` on Ctrl-C (what
    /// `signal.signal(SIGINT, …)` does in CPython; `asyncio.Runner` sets it
    /// to cancel the main task). `sigint_handled` tells a waiting event loop
    /// that it ran.
    pub sigint_handler: Option<Value>,
    pub sigint_handled: bool,
    /// `--virtual-time` for this interpreter (the test runner sets it; the
    /// asyncio reactor's clock is switched with it).
    pub virtual_time: bool,
    pub last_expr: Option<Value>,
    /// Interned attribute names used by the runtime itself.
    pub names: unwind::KnownNames,
    /// Set by `Reraise` so the re-raised exception gets no new traceback entry.
    pub skip_tb: bool,
    /// Number of active Python frames, for the recursion limit.
    pub depth: usize,
    /// The value of the last StopIteration seen by `next_fast`.
    pub stop_value: Option<Value>,
    /// Containers whose repr is in progress (for `[...]`).
    pub repr_stack: Vec<usize>,
    /// Warnings already shown (location + message), shown once each.
    pub warned: Vec<String>,
    /// `--trace`: report every suspension and resumption on stderr.
    pub trace: bool,
    pub trace_depth: usize,
    /// Set while `close()` throws GeneratorExit (for `--trace`).
    pub closing: bool,
    /// `--trace`: the Python line whose native call is running (who resumes).
    pub trace_from: Option<Box<trace::Caller>>,
    /// The `base` of the innermost `run_frame` (its first frame's place in
    /// `frames`), and the green threads' state (`green_thread.rs`).
    pub inner_base: usize,
    pub green: green_thread::GreenThreads,
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Vm {
        let types = types();
        let builtins = Rc::new(PyDict::new());
        let mut vm = Vm {
            frames: Vec::new(),
            frame_pool: Vec::new(),
            inner_base: 0,
            green: Default::default(),
            builtins,
            types,
            modules: Rc::new(PyDict::new()),
            recursion_limit: 1000,
            native_depth: 0,
            out: Output::Stdout(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())),
            err: Output::Stderr,
            input: Input::Stdin,
            output_limit: usize::MAX,
            flooded: false,
            argv,
            signal: None,
            sigint_handler: None,
            sigint_handled: false,
            virtual_time: false,
            last_expr: None,
            names: unwind::KnownNames::new(),
            skip_tb: false,
            depth: 0,
            stop_value: None,
            repr_stack: Vec::new(),
            warned: Vec::new(),
            trace: TRACE_DEFAULT.load(std::sync::atomic::Ordering::Relaxed),
            trace_depth: 0,
            closing: false,
            trace_from: None,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// Whether the program was stopped from outside (or by a flood of output).
    pub fn stopped(&self) -> bool {
        self.signal.as_ref().is_some_and(|s| s.stopped())
    }

    /// Runs a module's code object in the namespace `globals`.
    pub fn run_module(&mut self, code: Rc<CodeObject>, globals: Rc<PyDict>) -> PyResult<Value> {
        let frame = Frame::allocate(code, globals.clone(), Some(globals));
        match self.run_frame(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v, _) => Ok(v),
        }
    }

    /// Raises `KeyboardInterrupt` after Ctrl-C, or for a stop (which no handler catches).
    #[inline(always)]
    pub(crate) fn check_interrupt(&mut self) -> PyResult<()> {
        match &self.signal {
            Some(signal) if signal.any() => self.take_signal(),
            _ => Ok(()),
        }
    }

    #[cold]
    #[inline(never)]
    fn take_signal(&mut self) -> PyResult<()> {
        let pending = match &self.signal {
            Some(signal) => signal.take(),
            None => return Ok(()),
        };
        match pending {
            signal::Pending::None => Ok(()),
            signal::Pending::Interrupt if self.sigint_handler.is_some() => {
                let handler = self.sigint_handler.clone().unwrap_or_default();
                self.sigint_handled = true;
                self.call_value(&handler, vec![], vec![])?;
                Ok(())
            }
            _ => Err(PyErr::with_args(&self.types.keyboard_interrupt, vec![])),
        }
    }

    /// The exception currently being handled, searching outward through frames.
    pub fn current_exc(&self, f: &Frame) -> Option<Value> {
        f.exc_info().or_else(|| self.frames.iter().rev().find_map(|fr| fr.exc_info()))
    }

    /// Executes `frame` (and every frame it calls) until it returns or yields.
    pub fn run_frame(&mut self, frame: FrameBox) -> PyResult<Exit> {
        self.run_frame_with(frame, &mut NoSink)
    }

    /// `run_frame`, with the values the frame yields offered to `sink` first.
    #[inline(always)]
    pub fn run_frame_with<S: YieldSink>(&mut self, frame: FrameBox, sink: &mut S) -> PyResult<Exit> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_limit());
        }
        self.depth += 1;
        let r = self.run_frame_inner(frame, None, sink);
        self.depth -= 1;
        r
    }

    /// Like `run_frame`, but first raises `err` at the frame's current
    /// instruction (generator `throw`).
    pub fn run_frame_raising(&mut self, frame: FrameBox, err: PyErr) -> PyResult<Exit> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_limit());
        }
        self.depth += 1;
        let r = self.run_frame_inner(frame, Some(err), &mut NoSink);
        self.depth -= 1;
        r
    }

    fn run_frame_inner<S: YieldSink>(&mut self, frame: FrameBox, pending: Option<PyErr>, sink: &mut S) -> PyResult<Exit> {
        let base = self.frames.len();
        self.run_frames(frame, base, 0, pending, sink)
    }

    /// Runs `frame`, whose callers down to `frames[base]` are parked in
    /// `frames` (`parked` frames counted in `depth` beyond the base frame's
    /// own count: 0 unless a green thread's chain is being resumed).
    pub(crate) fn run_frames<S: YieldSink>(
        &mut self,
        frame: FrameBox,
        base: usize,
        parked: usize,
        pending: Option<PyErr>,
        sink: &mut S,
    ) -> PyResult<Exit> {
        let outer = std::mem::replace(&mut self.inner_base, base);
        let r = self.run_frames_at(frame, base, parked, pending, sink);
        self.inner_base = outer;
        r
    }

    fn run_frames_at<S: YieldSink>(
        &mut self,
        frame: FrameBox,
        base: usize,
        parked: usize,
        mut pending: Option<PyErr>,
        sink: &mut S,
    ) -> PyResult<Exit> {
        let base_depth = self.depth - parked;
        let mut f = frame;
        loop {
            let err = match pending.take() {
                Some(e) => e,
                None => match self.step(&mut f, base, sink) {
                    Ok(StepOut::Return(v)) => {
                        self.recycle(f);
                        return Ok(Exit::Return(v));
                    }
                    // (`step` offered the value to the sink, which did not take it)
                    Ok(StepOut::Yield(v)) => return Ok(Exit::Yield(v, f)),
                    Err(e) => e,
                },
            };
            if self.green.suspending {
                // `time.sleep` in a green thread: its whole chain of frames
                // leaves the stack, to be resumed when the sleep is over
                let chain: Vec<FrameBox> = self.frames.drain(base..).chain(std::iter::once(f)).collect();
                self.green.park(chain, self.depth - base_depth);
                self.depth = base_depth;
                return Err(err);
            }
            if warnings::pending() {
                // what the failing instruction consumed is freed at once
                self.flush_warnings(&f);
            }
            if !std::mem::take(&mut self.skip_tb) {
                unwind::add_traceback(&err, &f);
                let ctx = self.current_exc(&f);
                unwind::set_context(&err, ctx);
            }
            // unwind: find a handler in this frame or its callers
            let mut err = err;
            loop {
                if self.handle_exception(&mut f, &err) {
                    self.keep_warnings(&err);
                    break;
                }
                if self.frames.len() == base {
                    drop(f);
                    self.keep_warnings(&err);
                    return Err(err);
                }
                let caller = match self.frames.pop() {
                    Some(caller) => caller,
                    None => return Err(err),
                };
                self.depth -= 1;
                let dead = std::mem::replace(&mut f, caller);
                if let Some(g) = &dead.generator {
                    // the exception ends a generator that was running inline
                    if self.trace {
                        let name = err.class().name.clone();
                        self.trace_finish(g, Err(&name), Some(&f));
                    }
                    g.set_state(generator::GenState::Closed);
                    err = self.pep479(err, g);
                } else if dead.is_awaited_call() {
                    // a coroutine with no object yet (`call_awaited`)
                    err = self.pep479_for(err, &dead.code.flags);
                }
                drop(dead);
                self.keep_warnings(&err);
                unwind::add_traceback(&err, &f);
                err = unwind::check_frame_exit(err);
            }
        }
    }

    /// Finds a handler for `err` in `f`; on success the frame is ready to
    /// continue at the handler with the exception on its stack.
    fn handle_exception(&mut self, f: &mut Frame, err: &PyErr) -> bool {
        if self.stopped() {
            return false; // a stopped program runs no more handlers
        }
        while let Some(b) = f.pop_block() {
            match b.kind {
                BlockKind::Handler => {}
                BlockKind::Setup => {
                    f.stack.truncate(b.level as usize);
                    let exc = err.value();
                    // (in the pair the Setup block left: there is room)
                    if f.push_block(Block { kind: BlockKind::Handler, handler: 0, level: b.level, exc: Some(exc.clone()) }).is_err() {
                        return false;
                    }
                    f.push(exc);
                    f.ip = b.handler;
                    return true;
                }
            }
        }
        false
    }

    /// Keeps a finished frame for reuse by `alloc_frame`.
    #[inline(always)]
    pub(crate) fn recycle(&mut self, mut f: FrameBox) {
        if self.frame_pool.len() < 64 {
            f.clear_for_pool();
            self.frame_pool.push(f);
        }
    }

    /// `ForIter` on anything but a range: a generator resumes inline on top
    /// of `f` (its yields are the items), any other iterator gives its next
    /// item here; an exhausted one is popped and the loop exits to `t`.
    #[inline(never)]
    fn for_iter_general(&mut self, f: &mut FrameBox, t: u32) -> PyResult<()> {
        if let Some(Value::Generator(g)) = f.stack.last()
            && generator::resumable(g, &Value::None)
        {
            let g = g.clone();
            return self.resume_inline_owned(f, g, Value::None, Resume::ForIter(t));
        }
        let it = f.top().clone();
        match self.next_fast(&it)? {
            Some(v) => f.push(v),
            None => {
                f.stack.pop();
                f.ip = t;
            }
        }
        Ok(())
    }

    /// A frame for `code` with no local slots yet (the caller moves the
    /// arguments in and sizes them) and room for all of them, from the pool
    /// when possible. A pooled frame keeps its code and globals when they
    /// are the callee's (a recursive call): nothing to count or drop.
    #[inline(always)]
    pub fn alloc_frame(&mut self, code: &Rc<CodeObject>, globals: &Rc<PyDict>) -> FrameBox {
        match self.frame_pool.pop() {
            Some(mut pooled) if pooled.stack.capacity() >= code.frame_room => {
                pooled.ip = 0;
                if !Rc::ptr_eq(&pooled.code, code) {
                    pooled.code = code.clone();
                    pooled.init_blocks();
                }
                if !Rc::ptr_eq(&pooled.globals, globals) {
                    pooled.globals = globals.clone();
                }
                pooled
            }
            _ => Frame::with_room(code.clone(), globals.clone(), 0),
        }
    }
}

/// The next item of the range iterator on top of `f`'s stack (None inside
/// when it is exhausted), or None when the top is not a range iterator.
#[inline(always)]
fn range_next(f: &Frame) -> Option<Option<i64>> {
    let Some(Value::Iterator(it)) = f.stack.last() else { return None };
    match &mut *it.kind.borrow_mut() {
        IterKind::Range { next, stop, step } => Some(if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
            let v = *next;
            *next = next.saturating_add(*step);
            Some(v)
        } else {
            None
        }),
        _ => None,
    }
}
