//! Generators: a generator owns a parked heap frame. `resume` runs that frame
//! in the run loop until it yields (the frame comes back to the generator)
//! or returns. Created → Suspended ⇄ Running → Closed, as in CPython.

use super::frame::Frame;
use super::{Exit, Vm};
use crate::bytecode::CodeObject;
use crate::object::exceptions::*;
use crate::object::{Function, IterKind, PyDict, Value};
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

/// Where a generator keeps its frame while it is not running: a
/// pointer-sized cell. The frame is moved out to run and moved back when it
/// suspends, so there is never a borrow to track; `inspect` lends it out
/// for a look (re-entrant access in between sees no frame).
#[derive(Default)]
pub struct FrameSlot(Cell<Option<Box<Frame>>>);

impl FrameSlot {
    pub fn new(frame: Box<Frame>) -> FrameSlot {
        FrameSlot(Cell::new(Some(frame)))
    }

    pub fn take(&self) -> Option<Box<Frame>> {
        self.0.take()
    }

    /// Parks `frame` here (dropping whatever was parked).
    pub fn put(&self, frame: Box<Frame>) {
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
    pub state: Cell<GenState>,
    /// `__name__`/`__qualname__` when they differ from the code object's
    /// (renamed function or assignment); None keeps suspended generators small.
    names: Cell<Option<Box<(String, String)>>>,
    pub code: Rc<CodeObject>,
}

impl Generator {
    /// A native coroutine (`async def` without `yield`).
    pub fn is_coroutine(&self) -> bool {
        self.code.flags.coroutine && !self.code.flags.generator
    }

    /// An async generator (`async def` with `yield`).
    pub fn is_async_gen(&self) -> bool {
        self.code.flags.coroutine && self.code.flags.generator
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

    /// `(__name__, __qualname__)`.
    fn names(&self) -> (String, String) {
        let names = self.names.take();
        let r = match &names {
            Some(b) => b.as_ref().clone(),
            None => (self.code.name.clone(), self.code.qualname.clone()),
        };
        self.names.set(names);
        r
    }

    pub fn name(&self) -> String {
        self.names().0
    }

    pub fn qualname(&self) -> String {
        self.names().1
    }

    pub fn set_names(&self, name: Option<String>, qualname: Option<String>) {
        let (n, q) = self.names();
        self.names.set(Some(Box::new((name.unwrap_or(n), qualname.unwrap_or(q)))));
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        match self.state.get() {
            GenState::Created if self.is_coroutine() => super::warnings::coroutine_never_awaited(&self.qualname()),
            GenState::Suspended => {
                // paused inside try/with: closing it must still run that code
                if let Some(frame) = self.frame.take()
                    && super::finalize::needs_close(&frame)
                {
                    super::finalize::defer_close(Generator {
                        frame: FrameSlot::new(frame),
                        state: Cell::new(GenState::Suspended),
                        names: Cell::new(self.names.take()),
                        code: self.code.clone(),
                    });
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
    pub fn new(frame: Box<Frame>, func: &Function) -> Generator {
        Generator {
            frame: FrameSlot::new(frame),
            state: Cell::new(GenState::Created),
            names: Cell::new(if !func.renamed.get() {
                None
            } else {
                let (n, q) = (func.name.borrow(), func.qualname.borrow());
                if *n == func.code.name && *q == func.code.qualname { None } else { Some(Box::new((n.clone(), q.clone()))) }
            }),
            code: func.code.clone(),
        }
    }
}

/// Whether `g` can be resumed with `sent` without an error (the fast,
/// inline path); anything else goes through `Vm::resume` for its message.
#[inline]
pub fn resumable(g: &Generator, sent: &Value) -> bool {
    match g.state.get() {
        GenState::Suspended => true,
        GenState::Created => sent.is_none(),
        _ => false,
    }
}

/// A frame with no locals, used as a placeholder while the real one is elsewhere.
pub fn dummy_frame(code: &Rc<CodeObject>, globals: &Rc<PyDict>) -> Box<Frame> {
    Box::new(Frame::empty(code.clone(), globals.clone()))
}

impl Vm {
    /// Runs `g` inline: its frame goes on top of `f` (the consumer, parked in
    /// `frames`) and the run loop continues there, with no Rust recursion.
    /// The caller has checked `resumable`.
    pub(crate) fn resume_inline(&mut self, f: &mut Box<Frame>, g: &Rc<Generator>, sent: Value, how: super::frame::Resume) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            // as in CPython, the frame fails on entry: the generator is done
            g.state.set(GenState::Closed);
            g.frame.clear();
            return Err(recursion_limit());
        }
        let Some(mut gf) = g.frame.take() else {
            return Err(internal("generator without a frame"));
        };
        let started = g.state.get() == GenState::Suspended;
        if self.trace {
            self.trace_resume_inline(f, g, &sent, started, how);
        }
        if started {
            gf.push(sent);
        }
        gf.generator = Some(g.clone());
        gf.set_resume(how);
        g.state.set(GenState::Running);
        self.depth += 1;
        let consumer = std::mem::replace(f, gf);
        self.frames.push(consumer);
        Ok(())
    }

    /// `f` yields `v`. A generator frame running inline goes back into its
    /// generator and the consumer continues (None is returned); a base
    /// frame must leave the run loop (Some(v) is returned).
    pub(crate) fn yield_inline(&mut self, f: &mut Box<Frame>, v: Value) -> Option<Value> {
        loop {
            let Some(g) = f.generator.take() else { return Some(v) };
            let Some(consumer) = self.frames.pop() else { return Some(v) };
            self.depth -= 1;
            let mut gf = std::mem::replace(f, consumer);
            let how = gf.take_resume();
            if self.trace {
                self.trace_suspend(&g, gf.line(), &v, Some(f));
            }
            g.frame.put(gf);
            g.state.set(GenState::Suspended);
            match how {
                super::frame::Resume::YieldFrom(_) => {
                    // the delegating frame yields the same value on
                    f.ip -= 1;
                }
                _ => {
                    f.push(v);
                    return None;
                }
            }
        }
    }

    /// A generator frame running inline returned `v`.
    pub(crate) fn return_inline(&mut self, f: &mut Box<Frame>, v: Value) -> PyResult<()> {
        let Some(g) = f.generator.take() else { return Ok(()) };
        let Some(consumer) = self.frames.pop() else { return Err(internal("inline generator without consumer")) };
        self.depth -= 1;
        let mut gf = std::mem::replace(f, consumer);
        let how = gf.take_resume();
        if self.trace {
            self.trace_finish(&g, Ok(&v), Some(f));
        }
        g.state.set(GenState::Closed);
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
        match generator.state.get() {
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
        let started = generator.state.get() == GenState::Suspended;
        if self.trace {
            self.trace_resume_native(generator, &sent, started);
        }
        if started {
            frame.push(sent);
        }
        generator.state.set(GenState::Running);
        let r = self.run_frame(frame);
        self.finish_resume(generator, r)
    }

    /// Records the generator's new state after its frame ran.
    fn finish_resume(&mut self, generator: &Rc<Generator>, r: PyResult<Exit>) -> PyResult<Delegated> {
        match r {
            Ok(Exit::Yield(v, frame)) => {
                if self.trace {
                    self.trace_suspend(generator, frame.line(), &v, None);
                }
                generator.frame.put(frame);
                generator.state.set(GenState::Suspended);
                Ok(Delegated::Yielded(v))
            }
            Ok(Exit::Return(v)) => {
                if self.trace {
                    self.trace_finish(generator, Ok(&v), None);
                }
                generator.state.set(GenState::Closed);
                Ok(Delegated::Returned(v))
            }
            Err(e) => {
                if self.trace {
                    let name = e.class().name.clone();
                    self.trace_finish(generator, Err(&name), None);
                }
                generator.state.set(GenState::Closed);
                Err(self.pep479(e))
            }
        }
    }

    /// PEP 479: a StopIteration leaving a generator becomes a RuntimeError.
    pub(crate) fn pep479(&mut self, e: PyErr) -> PyErr {
        if !e.is_instance_of(&self.types.stop_iteration) {
            return e;
        }
        let re = runtime_error("generator raised StopIteration");
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
        match generator.state.get() {
            GenState::Running => {
                return Err(value_error(if generator.is_coroutine() { "coroutine already executing" } else { "generator already executing" }));
            }
            GenState::Closed => return Err(err),
            GenState::Created => {
                generator.state.set(GenState::Closed);
                generator.frame.clear();
                return Err(self.pep479(err));
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
            generator.state.set(GenState::Running);
            let outcome = self.throw_into_delegate(&sub, err.clone());
            generator.state.set(GenState::Suspended);
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
                    generator.state.set(GenState::Running);
                    let r = self.run_frame(frame);
                    return self.finish_resume(generator, r);
                }
                Ok(None) => {}
                Err(e) => err = e,
            }
        }
        generator.state.set(GenState::Running);
        let r = self.run_frame_raising(frame, err);
        self.finish_resume(generator, r)
    }

    /// Passes a thrown exception to the iterator a `yield from` delegates to.
    /// Ok(None) means the exception must be raised in the delegating frame
    /// itself (GeneratorExit after closing the delegate, or a delegate
    /// without `throw`).
    fn throw_into_delegate(&mut self, sub: &Value, err: PyErr) -> PyResult<Option<Delegated>> {
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
                match self.call_value(&m, vec![err.value()], vec![]) {
                    Ok(v) => Ok(Some(Delegated::Yielded(v))),
                    Err(e) if e.is_instance_of(&self.types.stop_iteration) => {
                        let v = e.data().args.first().cloned().unwrap_or_default();
                        Ok(Some(Delegated::Returned(v)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `generator.close()`.
    pub fn close_generator(&mut self, generator: &Rc<Generator>) -> PyResult<()> {
        match generator.state.get() {
            GenState::Created | GenState::Closed => {
                generator.state.set(GenState::Closed);
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
                if g.state.get() == GenState::Closed {
                    return Err(runtime_error("cannot reuse already awaited coroutine"));
                }
                Ok(v.clone())
            }
            Value::Generator(g) if g.code.flags.iterable_coroutine => Ok(v.clone()),
            Value::Iterator(op) if matches!(&*op.kind.borrow(), IterKind::AsyncGenOp(_)) => Ok(v.clone()),
            Value::Instance(_) => {
                let name = crate::object::string::intern("__await__");
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

    /// One step of `yield from`/`await` delegation to `it`.
    pub fn delegate_send(&mut self, it: &Value, sent: Value) -> PyResult<Delegated> {
        match it {
            Value::Generator(g) => self.resume(g, sent),
            Value::Iterator(op) if matches!(&*op.kind.borrow(), IterKind::AsyncGenOp(_)) => self.async_gen_step(op, Ok(sent)),
            _ => {
                if sent.is_none() {
                    match self.next_value(it)? {
                        Some(v) => Ok(Delegated::Yielded(v)),
                        None => Ok(Delegated::Returned(self.take_stop_value())),
                    }
                } else {
                    let send = crate::object::PyStr::new("send".to_string());
                    match self.call_method(it, &send, vec![sent]) {
                        Ok(Some(v)) => Ok(Delegated::Yielded(v)),
                        Ok(None) => Err(attribute_error(format!("'{}' object has no attribute 'send'", crate::object::types::type_name(it)))),
                        Err(e) if e.is_instance_of(&self.types.stop_iteration) => {
                            let v = e.data().args.first().cloned().unwrap_or_default();
                            Ok(Delegated::Returned(v))
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        }
    }
}
