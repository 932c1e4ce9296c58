//! Generators: a generator owns a parked heap frame. `resume` runs that frame
//! in the run loop until it yields (the frame comes back to the generator)
//! or returns. Created → Suspended ⇄ Running → Closed, as in CPython.

use super::frame::Frame;
use super::frame_box::FrameBox;
use super::{Exit, Vm};
use crate::bytecode::{CodeObject, Op};
use crate::object::exceptions::*;
use crate::object::{Function, IterKind, PyDict, Value};
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created = 0,
    Suspended = 1,
    Running = 2,
    Closed = 3,
}

/// Where a generator keeps its frame while it is not running: a
/// pointer-sized cell. The frame is moved out to run and moved back when it
/// suspends, so there is never a borrow to track; `inspect` lends it out
/// for a look (re-entrant access in between sees no frame).
#[derive(Default)]
pub struct FrameSlot(Cell<Option<FrameBox>>);

impl FrameSlot {
    pub fn new(frame: FrameBox) -> FrameSlot {
        FrameSlot(Cell::new(Some(frame)))
    }

    pub fn take(&self) -> Option<FrameBox> {
        self.0.take()
    }

    /// Parks `frame` here (dropping whatever was parked).
    pub fn put(&self, frame: FrameBox) {
        self.0.set(Some(frame));
    }

    /// Drops the parked frame.
    pub fn clear(&self) {
        drop(self.0.take());
    }

    /// Runs `look` on the parked frame, if there is one.
    pub fn inspect<R>(&self, look: impl FnOnce(Option<&Frame>) -> R) -> R {
        let frame = self.0.take();
        let r = look(frame.as_deref());
        if let Some(f) = frame {
            self.0.set(Some(f));
        }
        r
    }
}

pub struct Generator {
    pub frame: FrameSlot,
    /// The code object, with the state and the `renamed` flag in the low
    /// bits of its pointer: with the frame slot, 16 bytes, so that a
    /// suspended generator with its `Rc` counts fits a 32-byte block.
    code: CodeAndState,
}

/// An `Rc<CodeObject>` (owned) whose pointer's three low bits, always zero
/// for an 8-aligned `CodeObject`, hold a `GenState` (bits 0–1) and the
/// `renamed` flag (bit 2): `__name__`/`__qualname__` differ from the code
/// object's (renamed function or assignment) and live in `RENAMED`, keyed
/// by the generator's address.
struct CodeAndState(Cell<usize>);

impl CodeAndState {
    const STATE: usize = 0b011;
    const RENAMED: usize = 0b100;
    const TAGS: usize = 0b111;

    fn new(code: Rc<CodeObject>, state: GenState) -> CodeAndState {
        const { assert!(std::mem::align_of::<CodeObject>() >= 8) };
        CodeAndState(Cell::new(Rc::into_raw(code) as usize | state as usize))
    }

    fn code(&self) -> &CodeObject {
        // SAFETY: the untagged word is the pointer from `Rc::into_raw`, whose
        // count this cell owns until `drop`, so it outlives `&self`
        unsafe { &*((self.0.get() & !Self::TAGS) as *const CodeObject) }
    }

    fn code_rc(&self) -> Rc<CodeObject> {
        let ptr = (self.0.get() & !Self::TAGS) as *const CodeObject;
        // SAFETY: as in `code`; the new count is the returned Rc's own
        unsafe {
            Rc::increment_strong_count(ptr);
            Rc::from_raw(ptr)
        }
    }

    fn state(&self) -> GenState {
        match self.0.get() & Self::STATE {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            _ => GenState::Closed,
        }
    }

    fn set_state(&self, state: GenState) {
        self.0.set(self.0.get() & !Self::STATE | state as usize);
    }

    fn renamed(&self) -> bool {
        self.0.get() & Self::RENAMED != 0
    }

    fn set_renamed(&self, renamed: bool) {
        self.0.set(if renamed { self.0.get() | Self::RENAMED } else { self.0.get() & !Self::RENAMED });
    }
}

impl Drop for CodeAndState {
    fn drop(&mut self) {
        // SAFETY: gives back the count taken in `new`
        unsafe { drop(Rc::from_raw((self.0.get() & !Self::TAGS) as *const CodeObject)) }
    }
}

thread_local! {
    static RENAMED: std::cell::RefCell<std::collections::HashMap<usize, (String, String)>> = Default::default();
}

impl Generator {
    pub fn code(&self) -> &CodeObject {
        self.code.code()
    }

    /// `gi_code`/`cr_code`.
    pub fn code_object(&self) -> Rc<CodeObject> {
        self.code.code_rc()
    }

    pub fn state(&self) -> GenState {
        self.code.state()
    }

    pub fn set_state(&self, state: GenState) {
        self.code.set_state(state)
    }

    /// A native coroutine (`async def` without `yield`).
    pub fn is_coroutine(&self) -> bool {
        self.code().flags.coroutine && !self.code().flags.generator
    }

    /// An async generator (`async def` with `yield`).
    pub fn is_async_gen(&self) -> bool {
        self.code().flags.coroutine && self.code().flags.generator
    }

    /// The Python type name: generator, coroutine or async_generator.
    pub fn kind_name(&self) -> &'static str {
        if self.is_async_gen() {
            "async_generator"
        } else if self.is_coroutine() {
            "coroutine"
        } else {
            "generator"
        }
    }

    fn key(&self) -> usize {
        self as *const Generator as usize
    }

    /// `(__name__, __qualname__)`.
    fn names(&self) -> (String, String) {
        let own = if self.code.renamed() { RENAMED.with(|r| r.borrow().get(&self.key()).cloned()) } else { None };
        own.unwrap_or_else(|| (self.code().name.clone(), self.code().qualname.clone()))
    }

    pub fn name(&self) -> String {
        self.names().0
    }

    pub fn qualname(&self) -> String {
        self.names().1
    }

    /// Gives this generator its own names. Only for a generator in its
    /// final place (an `Rc`): the names are found by its address.
    pub fn set_names(&self, name: Option<String>, qualname: Option<String>) {
        let (n, q) = self.names();
        let names = (name.unwrap_or(n), qualname.unwrap_or(q));
        self.code.set_renamed(true);
        RENAMED.with(|r| r.borrow_mut().insert(self.key(), names));
    }

    /// Removes this generator's own names (see `renamed`).
    fn take_names(&self) -> Option<(String, String)> {
        if !self.code.renamed() {
            return None;
        }
        self.code.set_renamed(false);
        RENAMED.try_with(|r| r.try_borrow_mut().ok().and_then(|mut r| r.remove(&self.key()))).ok().flatten()
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let names = self.take_names();
        match self.state() {
            GenState::Created if self.is_coroutine() => {
                let qualname = names.map(|n| n.1).unwrap_or_else(|| self.code().qualname.clone());
                super::warnings::coroutine_never_awaited(&qualname)
            }
            GenState::Suspended => {
                // paused inside try/with: closing it must still run that code
                if let Some(frame) = self.frame.take()
                    && super::finalize::needs_close(&frame)
                {
                    let g = Rc::new(Generator { frame: FrameSlot::new(frame), code: CodeAndState::new(self.code.code_rc(), GenState::Suspended) });
                    if let Some((n, q)) = names {
                        g.set_names(Some(n), Some(q));
                    }
                    super::finalize::defer_close(g);
                }
            }
            _ => {}
        }
    }
}

/// What one step of delegation produced.
pub enum Delegated {
    Yielded(Value),
    Returned(Value),
}

impl Generator {
    pub fn new(frame: FrameBox, func: &Function) -> Rc<Generator> {
        let g = Rc::new(Generator { frame: FrameSlot::new(frame), code: CodeAndState::new(func.code.clone(), GenState::Created) });
        if func.renamed.get() {
            let (n, q) = (func.name.borrow(), func.qualname.borrow());
            if *n != func.code.name || *q != func.code.qualname {
                g.set_names(Some(n.clone()), Some(q.clone()));
            }
        }
        g
    }

    /// The object of a coroutine whose frame is already running (an
    /// awaited call that suspends: `Vm::materialize_awaited_call`).
    fn running(code: Rc<CodeObject>) -> Rc<Generator> {
        Rc::new(Generator { frame: FrameSlot(Cell::new(None)), code: CodeAndState::new(code, GenState::Running) })
    }
}

/// Whether `g` can be resumed with `sent` without an error (the fast,
/// inline path); anything else goes through `Vm::resume` for its message.
#[inline]
pub fn resumable(g: &Generator, sent: &Value) -> bool {
    match g.state() {
        GenState::Suspended => true,
        GenState::Created => sent.is_none(),
        _ => false,
    }
}

/// The operand of `SendFast`/`SendName` (see `Op::SendFast`): the
/// receiver's slot or name, the value's, and whether the value is a
/// constant.
#[inline(always)]
pub fn send_operand(arg: u32) -> (usize, usize, bool) {
    ((arg & 0x7fff) as usize, ((arg >> 15) & 0xffff) as usize, arg >> 31 == 1)
}

/// A frame with no locals, used as a placeholder while the real one is elsewhere.
pub fn dummy_frame(code: &Rc<CodeObject>, globals: &Rc<PyDict>) -> FrameBox {
    Frame::empty(code.clone(), globals.clone())
}

impl Vm {
    /// Runs `g` inline: its frame goes on top of `f` (the consumer, parked in
    /// `frames`) and the run loop continues there, with no Rust recursion.
    /// The caller has checked `resumable`.
    pub(crate) fn resume_inline(&mut self, f: &mut FrameBox, g: &Rc<Generator>, sent: Value, how: super::frame::Resume) -> PyResult<()> {
        self.resume_inline_owned(f, g.clone(), sent, how)
    }

    /// `resume_inline` given its own reference to the generator, which the
    /// running frame keeps. A generator resumed at a `yield from` of
    /// another generator resumes that one straight away, and so on down a
    /// chain of delegations, without dispatching each `YieldFrom` (what its
    /// arm in `step` would do for a generator, level by level).
    #[inline(always)]
    pub(crate) fn resume_inline_owned(&mut self, f: &mut FrameBox, g: Rc<Generator>, sent: Value, how: super::frame::Resume) -> PyResult<()> {
        self.enter_generator(f, g, sent, how)?;
        if matches!(f.op_at_ip(), Some(Op::YieldFrom(_))) && !self.trace {
            self.resume_delegations(f)?;
        }
        Ok(())
    }

    /// The running generator frame `f` is at a `yield from`: while it
    /// delegates to a suspended generator, that generator is resumed on top
    /// of it. The value sent travels down the chain in a local and is
    /// pushed only on the frame where the walk stops (its `YieldFrom`, or
    /// wherever it was suspended, takes it from there); anything unusual
    /// (a sub-iterator that is not a suspended generator, the recursion
    /// limit) stops the walk and is left to the `YieldFrom` arm.
    #[inline(never)]
    fn resume_delegations(&mut self, f: &mut FrameBox) -> PyResult<()> {
        let Some(Op::YieldFrom(mut t)) = f.op_at_ip() else { return Ok(()) };
        if f.stack.len() < 2 {
            return Ok(());
        }
        let sent = f.pop();
        while let Some(Value::Generator(sub)) = f.stack.last() {
            if sub.state() != GenState::Suspended || self.depth >= self.recursion_limit {
                break;
            }
            let sub = sub.clone();
            let Some(gf) = sub.frame.take() else { break };
            f.ip += 1;
            self.run_generator_frame(f, sub, gf, super::frame::Resume::YieldFrom(t));
            match f.op_at_ip() {
                Some(Op::YieldFrom(next)) => t = next,
                _ => break,
            }
        }
        f.push(sent);
        Ok(())
    }

    /// Whether `g.send(sent)` can resume `g` inline (`SendFast`,
    /// `CallSend`): not traced, no finalizer waiting, a generator or
    /// coroutine (an async generator has no `send`) that can take `sent`.
    #[inline(always)]
    fn sendable_inline(&self, g: &Generator, sent: &Value) -> bool {
        !self.trace && !super::finalize::pending() && !g.is_async_gen() && !matches!(sent, Value::Unbound) && resumable(g, sent)
    }

    /// `SendFast`: `g.send(x)`, `g` a fast local and `x` a fast local or a
    /// constant (the operand `arg`, see `Op::SendFast`), with `f.ip` past
    /// the instruction: when `g` is a generator or coroutine that can take
    /// `x`, it is resumed at once, as the call would (`try_resume_call`),
    /// without pushing the method, `g` and `x` and popping them again; its
    /// result arrives after the call's `CallSend`, three slots on.
    /// Anything else (None) runs the call's instructions as written.
    #[inline(always)]
    pub(super) fn try_send_fast(&mut self, f: &mut FrameBox, arg: u32) -> Option<PyResult<()>> {
        let (local, x, constant) = send_operand(arg);
        let sent = if constant { f.code.consts.get(x) } else { f.stack.get(x) };
        let (Some(Value::Generator(g)), Some(sent)) = (f.stack.get(local), sent) else { return None };
        if !self.sendable_inline(g, sent) {
            return None;
        }
        let (g, sent) = (g.clone(), sent.clone());
        f.ip += 3;
        Some(self.resume_inline_owned(f, g, sent, super::frame::Resume::Send))
    }

    /// `SendName`: `try_send_fast` in module code, `g` and a named `x`
    /// read from the globals through their caches. None (nothing changed)
    /// when the code's names are not the globals, a cache does not know
    /// a name yet, or `g` cannot take `x` inline: the `LoadName(g)` runs.
    #[inline(never)]
    pub(super) fn try_send_name(&mut self, f: &mut FrameBox, arg: u32) -> Option<PyResult<()>> {
        if !f.names().is_some_and(|d| Rc::ptr_eq(d, &f.globals)) {
            return None;
        }
        let (name, x, constant) = send_operand(arg);
        let load_generator = |v: &Value| match v {
            Value::Generator(g) => Some(g.clone()),
            _ => None,
        };
        let g = super::global_cache::load_with(&f.code, name, &f.globals, &self.builtins, load_generator)??;
        let sent = if constant { f.code.consts.get(x)?.clone() } else { super::global_cache::load(&f.code, x, &f.globals, &self.builtins)? };
        if !self.sendable_inline(&g, &sent) {
            return None;
        }
        f.ip += 3;
        Some(self.resume_inline_owned(f, g, sent, super::frame::Resume::Send))
    }

    /// `CallSend` (`g.send(x)`, `[method, g, x]` on top of the stack):
    /// when the receiver `g` is a generator or coroutine that can take `x`
    /// (its method is then the generators' own `send`), it is resumed at
    /// once, as `try_resume_call` would; anything else (None) is left to
    /// the general method call.
    #[inline(never)]
    pub(super) fn try_send_top(&mut self, f: &mut FrameBox) -> Option<PyResult<()>> {
        let n = f.stack.len();
        let (Some(Value::Generator(g)), Some(sent)) = (f.stack.get(n.wrapping_sub(2)), f.stack.last()) else { return None };
        if !self.sendable_inline(g, sent) {
            return None;
        }
        let sent = f.pop();
        let Value::Generator(g) = f.pop() else { return None };
        // the method: the generators' `send` (a native, dropped as its `Rc`)
        if let Value::Builtin(m) = f.pop() {
            drop(m);
        }
        Some(self.resume_inline_owned(f, g, sent, super::frame::Resume::Send))
    }

    /// `CallSend` not done inline: the placeholder `LoadSendMethod` left
    /// for a generator's `send` becomes the method, for the general call.
    #[cold]
    pub(super) fn load_send_method(&mut self, f: &mut FrameBox) -> PyResult<()> {
        let n = f.stack.len();
        if n >= 3 && matches!(f.stack[n - 3], Value::Unbound) {
            let (method, _) = self.load_method(&f.stack[n - 2], &crate::object::string::intern("send"))?;
            f.stack[n - 3] = method;
        }
        Ok(())
    }

    /// One generator's frame goes on top of `f` (see `resume_inline`).
    #[inline(always)]
    fn enter_generator(&mut self, f: &mut FrameBox, g: Rc<Generator>, sent: Value, how: super::frame::Resume) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            // as in CPython, the frame fails on entry: the generator is done
            g.set_state(GenState::Closed);
            g.frame.clear();
            return Err(recursion_limit());
        }
        let Some(gf) = g.frame.take() else {
            return Err(internal("generator without a frame"));
        };
        let started = g.state() == GenState::Suspended;
        if self.trace {
            self.trace_resume_inline(f, &g, &sent, started, how);
        }
        self.run_generator_frame(f, g, gf, how);
        if !started {
            sent.discard();
        } else if matches!(how, super::frame::Resume::Send | super::frame::Resume::ForIter(_)) {
            // (`send()`, `next()` or a `for` loop: the value is often
            // stored, `x = yield`, or dropped, `yield x` as a statement)
            self.arrive(f, sent);
        } else {
            f.push(sent);
        }
        Ok(())
    }

    /// `g`'s frame `gf`, taken out of it, becomes the running frame on top
    /// of `f`, resumed `how`: the one step `enter_generator` and the walk
    /// down a `yield from` chain share.
    #[inline(always)]
    fn run_generator_frame(&mut self, f: &mut FrameBox, g: Rc<Generator>, mut gf: FrameBox, how: super::frame::Resume) {
        g.set_state(GenState::Running);
        gf.generator = Some(g);
        gf.set_resume(how);
        self.enter_frame(f, gf);
    }

    /// `v` arrives in the running frame `f` at `f.ip`: the value sent into
    /// a resumed generator, or the one a generator yielded to its consumer.
    /// When the next instruction stores it in a local (`x = yield y`,
    /// `y = g.send(x)`) or drops it (`yield x` or `g.send(x)` as a
    /// statement), that is done here and the instruction skipped, as
    /// `StoreFast` or `PopTop` would (one dispatch less per suspension and
    /// per resumption); otherwise it is pushed. (A value that owns nothing
    /// is dropped here only when no warning or finalizer waits for the
    /// `PopTop` to run it.)
    #[inline(always)]
    pub(super) fn arrive(&mut self, f: &mut FrameBox, v: Value) {
        match f.op_at_ip() {
            Some(Op::StoreFast(i)) => {
                f.ip += 1;
                let old = crate::object::value::replace_value(&mut f.stack[i as usize], v);
                if old.is_inline() {
                    std::mem::forget(old);
                } else {
                    drop(old);
                    if super::warnings::pending() {
                        self.flush_warnings(f);
                    }
                }
            }
            Some(Op::PopTop) if v.is_inline() && !super::warnings::pending() && !super::finalize::pending() => {
                f.ip += 1;
                // (inline: no drop glue to call)
                std::mem::forget(v);
            }
            _ => f.push(v),
        }
    }

    /// The usual suspension, done in the run loop itself: a generator
    /// frame resumed by `send()` or `next()` yields `v`, goes back into its
    /// generator, and `v` arrives in the consumer as the call's result.
    /// Anything else (traced, another kind of resumption, no generator or
    /// no consumer) gives `v` back for `yield_inline`, with nothing changed.
    #[inline(always)]
    pub(super) fn try_yield_to_sender(&mut self, f: &mut FrameBox, v: Value) -> Result<(), Value> {
        if self.trace || f.resume() != super::frame::Resume::Send || f.generator.is_none() || self.frames.is_empty() {
            return Err(v);
        }
        let (Some(g), Some(consumer)) = (f.generator.take(), self.frames.pop()) else { return Err(v) };
        self.depth -= 1;
        let mut gf = std::mem::replace(f, consumer);
        gf.take_resume();
        g.frame.put(gf);
        g.set_state(GenState::Suspended);
        self.arrive(f, v);
        Ok(())
    }

    /// `f` yields `v`. A generator frame running inline goes back into its
    /// generator and the consumer continues (None is returned); a base
    /// frame must leave the run loop (Some(v) is returned).
    pub(crate) fn yield_inline(&mut self, f: &mut FrameBox, v: Value) -> Option<Value> {
        loop {
            let g = match f.generator.take() {
                Some(g) => g,
                None => match self.materialize_awaited_call(f) {
                    Some(g) => g,
                    None => return Some(v),
                },
            };
            let Some(consumer) = self.frames.pop() else { return Some(v) };
            self.depth -= 1;
            let mut gf = std::mem::replace(f, consumer);
            let how = gf.take_resume();
            if self.trace {
                self.trace_suspend(&g, gf.line(), &v, Some(f));
            }
            g.frame.put(gf);
            g.set_state(GenState::Suspended);
            match how {
                super::frame::Resume::YieldFrom(_) => {
                    // the delegating frame yields the same value on
                    f.ip -= 1;
                }
                super::frame::Resume::Send => {
                    // (the result of `send()` or `next()`, often stored)
                    self.arrive(f, v);
                    return None;
                }
                _ => {
                    f.push(v);
                    return None;
                }
            }
        }
    }

    /// The running frame `f`, an awaited call (`Vm::call_awaited`), is
    /// suspending: its coroutine object is made now, running (its frame
    /// is `f`), and put where an ordinary `await` would have left it, on
    /// top of the caller's stack with the caller at its `YieldFrom`, so
    /// the suspension goes on as a delegation's. None if `f` is no
    /// awaited call.
    #[inline(never)]
    fn materialize_awaited_call(&mut self, f: &mut FrameBox) -> Option<Rc<Generator>> {
        // (what `Frame::is_awaited_call` tells, with the target at hand)
        let (None, super::frame::Resume::YieldFrom(t)) = (&f.generator, f.resume()) else { return None };
        let caller = self.frames.last_mut()?;
        // (a pooled frame may be bigger than this code needs, and the
        // frame now lives on in the coroutine: sleeping tasks add up)
        super::frame_box::FrameBox::shrink_running(f);
        let g = Generator::running(f.code.clone());
        crate::object::gc::track_generator(&g);
        caller.push(Value::Generator(g.clone()));
        // after the `YieldFrom`, as a delegation that yielded leaves it
        caller.ip = t - 1;
        Some(g)
    }

    /// A generator frame running inline returned `v`.
    #[inline(always)]
    pub(crate) fn return_inline(&mut self, f: &mut FrameBox, v: Value) -> PyResult<()> {
        let Some(g) = f.generator.take() else { return Ok(()) };
        let Some(consumer) = self.frames.pop() else { return Err(internal("inline generator without consumer")) };
        self.depth -= 1;
        let mut gf = std::mem::replace(f, consumer);
        let how = gf.take_resume();
        if self.trace {
            self.trace_finish(&g, Ok(&v), Some(f));
        }
        g.set_state(GenState::Closed);
        self.recycle(gf);
        match how {
            super::frame::Resume::ForIter(t) => {
                f.stack.pop();
                f.ip = t;
                Ok(())
            }
            super::frame::Resume::YieldFrom(t) => {
                f.stack.pop();
                f.push(v);
                f.ip = t;
                Ok(())
            }
            _ => Err(stop_iteration(if v.is_none() { None } else { Some(v) })),
        }
    }

    /// Resumes `generator` with `sent` as the value of the paused `yield`.
    pub fn resume(&mut self, generator: &Rc<Generator>, sent: Value) -> PyResult<Delegated> {
        self.resume_with(generator, sent, &mut super::NoSink)
    }

    /// Runs a plain generator for a native consumer (`sum`, `list`, ...):
    /// each value it yields goes to `take`, and the generator goes on as if
    /// resumed by `next()`, all in one run of its frame (no suspension and
    /// resumption per item). It stops when the generator returns
    /// (`Returned`) or raises, or when `take` hands a value back
    /// (`Yielded`: the generator is suspended there, as after a `next()`).
    /// `take` must not run Python code: the generator is running meanwhile.
    pub fn drain(&mut self, generator: &Rc<Generator>, take: &mut dyn FnMut(Value) -> Option<Value>) -> PyResult<Delegated> {
        if self.trace {
            // every suspension and resumption is shown
            loop {
                match self.resume(generator, Value::None)? {
                    Delegated::Yielded(v) => {
                        if let Some(v) = take(v) {
                            return Ok(Delegated::Yielded(v));
                        }
                    }
                    done => return Ok(done),
                }
            }
        }
        self.resume_with(generator, Value::None, &mut super::Drain::Each(take))
    }

    /// `drain` for `sum`: small ints and floats are added into `total`
    /// (`builtins::functions::add_native`); anything else ends the run,
    /// as a value handed back.
    pub fn drain_sum(&mut self, generator: &Rc<Generator>, total: &mut Value) -> PyResult<Delegated> {
        if self.trace {
            return self.drain(generator, &mut |x| crate::builtins::functions::add_native(total, x));
        }
        self.resume_with(generator, Value::None, &mut super::Drain::Sum(total))
    }

    #[inline(always)]
    fn resume_with<S: super::YieldSink>(&mut self, generator: &Rc<Generator>, sent: Value, sink: &mut S) -> PyResult<Delegated> {
        match generator.state() {
            GenState::Running => {
                return Err(value_error(if generator.is_coroutine() { "coroutine already executing" } else { "generator already executing" }));
            }
            GenState::Closed if generator.is_coroutine() => return Err(runtime_error("cannot reuse already awaited coroutine")),
            GenState::Closed => return Ok(Delegated::Returned(Value::None)),
            GenState::Created if !sent.is_none() => {
                let kind = if generator.is_async_gen() { "async generator" } else { generator.kind_name() };
                return Err(type_error(format!("can't send non-None value to a just-started {kind}")));
            }
            _ => {}
        }
        let Some(mut frame) = generator.frame.take() else {
            return Ok(Delegated::Returned(Value::None));
        };
        let started = generator.state() == GenState::Suspended;
        if self.trace {
            self.trace_resume_native(generator, &sent, started);
        }
        if started {
            frame.push(sent);
        }
        generator.set_state(GenState::Running);
        let r = self.run_frame_with(frame, sink);
        self.finish_resume(generator, r)
    }

    /// Records the generator's new state after its frame ran.
    #[inline(always)]
    fn finish_resume(&mut self, generator: &Rc<Generator>, r: PyResult<Exit>) -> PyResult<Delegated> {
        match r {
            Ok(Exit::Yield(v, frame)) => {
                if self.trace {
                    self.trace_suspend(generator, frame.line(), &v, None);
                }
                generator.frame.put(frame);
                generator.set_state(GenState::Suspended);
                Ok(Delegated::Yielded(v))
            }
            Ok(Exit::Return(v)) => {
                if self.trace {
                    self.trace_finish(generator, Ok(&v), None);
                }
                generator.set_state(GenState::Closed);
                Ok(Delegated::Returned(v))
            }
            Err(e) => {
                if self.trace {
                    let name = e.class().name.clone();
                    self.trace_finish(generator, Err(&name), None);
                }
                generator.set_state(GenState::Closed);
                Err(self.pep479(e, generator))
            }
        }
    }

    /// PEP 479: a StopIteration leaving a generator becomes a RuntimeError.
    pub(crate) fn pep479(&mut self, e: PyErr, g: &Generator) -> PyErr {
        self.pep479_for(e, &g.code().flags)
    }

    /// `pep479` for the generator, coroutine or async generator of a
    /// code object with `flags`.
    pub(crate) fn pep479_for(&mut self, e: PyErr, flags: &crate::bytecode::code::CodeFlags) -> PyErr {
        // (PEP 479, and PEP 525 for async generators)
        let (async_gen, coroutine) = (flags.coroutine && flags.generator, flags.coroutine && !flags.generator);
        let msg = if e.is_instance_of(&self.types.stop_iteration) {
            if async_gen {
                "async generator raised StopIteration"
            } else if coroutine {
                "coroutine raised StopIteration"
            } else {
                "generator raised StopIteration"
            }
        } else if async_gen && e.is_instance_of(&self.types.stop_async_iteration) {
            "async generator raised StopAsyncIteration"
        } else {
            return e;
        };
        let re = runtime_error(msg);
        {
            let mut d = re.data();
            d.cause = Some(e.value());
            d.context = Some(e.value());
            d.suppress_context = true;
        }
        re
    }

    /// `generator.throw(err)`: raises `err` at the paused `yield`, or first
    /// in the iterator it delegates to with `yield from`.
    pub fn throw(&mut self, generator: &Rc<Generator>, err: PyErr) -> PyResult<Delegated> {
        match generator.state() {
            GenState::Running => {
                return Err(value_error(if generator.is_coroutine() { "coroutine already executing" } else { "generator already executing" }));
            }
            GenState::Closed => return Err(err),
            GenState::Created => {
                generator.set_state(GenState::Closed);
                generator.frame.clear();
                return Err(self.pep479(err, generator));
            }
            GenState::Suspended => {}
        }
        let Some(mut frame) = generator.frame.take() else {
            return Err(err);
        };
        if self.trace {
            self.trace_throw(generator, &err.class().name);
        }
        let mut err = err;
        if let Some(crate::bytecode::Op::YieldFrom(target)) = frame.op_at_ip() {
            let sub = frame.stack.last().cloned().unwrap_or_default();
            generator.set_state(GenState::Running);
            let outcome = self.throw_into_delegate(&sub, err.clone());
            generator.set_state(GenState::Suspended);
            match outcome {
                Ok(Some(Delegated::Yielded(v))) => {
                    if self.trace {
                        self.trace_suspend(generator, frame.line(), &v, None);
                    }
                    generator.frame.put(frame);
                    return Ok(Delegated::Yielded(v));
                }
                Ok(Some(Delegated::Returned(v))) => {
                    // the delegate finished: `yield from` evaluates to its value
                    frame.stack.pop();
                    frame.push(v);
                    frame.ip = target;
                    generator.set_state(GenState::Running);
                    let r = self.run_frame(frame);
                    return self.finish_resume(generator, r);
                }
                Ok(None) => {}
                Err(e) => err = e,
            }
        }
        generator.set_state(GenState::Running);
        let r = self.run_frame_raising(frame, err);
        self.finish_resume(generator, r)
    }

    /// Passes a thrown exception to the iterator a `yield from` delegates to.
    /// Ok(None) means the exception must be raised in the delegating frame
    /// itself (GeneratorExit after closing the delegate, or a delegate
    /// without `throw`).
    pub(crate) fn throw_into_delegate(&mut self, sub: &Value, err: PyErr) -> PyResult<Option<Delegated>> {
        if err.is_instance_of(&self.types.generator_exit) {
            match sub {
                Value::Generator(g) => self.close_generator(g)?,
                other => {
                    let close = crate::object::string::intern("close");
                    if let Some(m) = self.get_attr_opt(other, &close)? {
                        self.call_value(&m, vec![], vec![])?;
                    }
                }
            }
            return Ok(None);
        }
        match sub {
            Value::Generator(g) => self.throw(g, err).map(Some),
            other => {
                let throw = crate::object::string::intern("throw");
                let Some(m) = self.get_attr_opt(other, &throw)? else { return Ok(None) };
                let r = self.call_value(&m, vec![err.value()], vec![]);
                self.delegated(r).map(Some)
            }
        }
    }

    /// `generator.close()`.
    pub fn close_generator(&mut self, generator: &Rc<Generator>) -> PyResult<()> {
        match generator.state() {
            GenState::Created | GenState::Closed => {
                generator.set_state(GenState::Closed);
                generator.frame.clear();
                return Ok(());
            }
            _ => {}
        }
        let exit = PyErr::with_args(&self.types.generator_exit, vec![]);
        self.closing = true;
        let r = self.throw(generator, exit);
        self.closing = false;
        match r {
            Ok(Delegated::Yielded(_)) => Err(runtime_error("generator ignored GeneratorExit")),
            Ok(Delegated::Returned(_)) => Ok(()),
            Err(e) if e.is_instance_of(&self.types.generator_exit) || e.is_instance_of(&self.types.stop_iteration) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// `await x`: the iterator to delegate to (a coroutine, or what `__await__` returns).
    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Generator(g) if g.is_coroutine() => {
                if g.state() == GenState::Closed {
                    return Err(runtime_error("cannot reuse already awaited coroutine"));
                }
                Ok(v.clone())
            }
            Value::Generator(g) if g.code().flags.iterable_coroutine => Ok(v.clone()),
            Value::Iterator(op) if matches!(&*op.kind.borrow(), IterKind::AsyncGenOp(_)) => Ok(v.clone()),
            Value::Iterator(op) if op.type_name == "anext_awaitable" => Ok(v.clone()),
            Value::Instance(_) => {
                let name = self.names.await_.clone();
                let Some(it) = self.call_method(v, &name, vec![])? else {
                    return Err(type_error(format!("object {} can't be used in 'await' expression", crate::object::types::type_name(v))));
                };
                match &it {
                    Value::Generator(g) if g.is_coroutine() => Err(type_error("__await__() returned a coroutine")),
                    _ if self.is_iterator(&it) => Ok(it),
                    other => Err(type_error(format!("__await__() returned non-iterator of type '{}'", crate::object::types::type_name(other)))),
                }
            }
            other => Err(type_error(format!("object {} can't be used in 'await' expression", crate::object::types::type_name(other)))),
        }
    }

    /// What a `send`/`throw` call on an iterator that is not a generator
    /// gave: a value it yielded, or (its StopIteration) the value it returned.
    pub fn delegated(&self, r: PyResult<Value>) -> PyResult<Delegated> {
        match r {
            Ok(v) => Ok(Delegated::Yielded(v)),
            Err(e) if e.is_instance_of(&self.types.stop_iteration) => Ok(Delegated::Returned(e.data().args.first().cloned().unwrap_or_default())),
            Err(e) => Err(e),
        }
    }

    /// One step of `yield from`/`await` delegation to `it`.
    pub fn delegate_send(&mut self, it: &Value, sent: Value) -> PyResult<Delegated> {
        match it {
            Value::Generator(g) => self.resume(g, sent),
            Value::Iterator(op) if matches!(&*op.kind.borrow(), IterKind::AsyncGenOp(_) | IterKind::AwaitWrapper { .. }) => {
                self.awaitable_step(op, Ok(sent))
            }
            // (a future's await ignores what is sent, as CPython's does)
            Value::Iterator(op) if matches!(&*op.kind.borrow(), IterKind::FutureAwait { .. }) => match self.next_value(it)? {
                Some(v) => Ok(Delegated::Yielded(v)),
                None => Ok(Delegated::Returned(self.take_stop_value())),
            },
            _ => {
                if sent.is_none() {
                    match self.next_value(it)? {
                        Some(v) => Ok(Delegated::Yielded(v)),
                        None => Ok(Delegated::Returned(self.take_stop_value())),
                    }
                } else {
                    let send = crate::object::PyStr::new("send");
                    let r = match self.call_method(it, &send, vec![sent]) {
                        Ok(None) => return Err(attribute_error(format!("'{}' object has no attribute 'send'", crate::object::types::type_name(it)))),
                        r => r.map(Option::unwrap_or_default),
                    };
                    self.delegated(r)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn generator_is_small() {
        // 16 bytes plus the Rc's counts: a suspended generator costs this, its
        // frame and its slots (see bench/README.md)
        assert_eq!(std::mem::size_of::<super::Generator>(), 16);
    }
}
