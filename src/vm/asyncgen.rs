//! Async generators (`async def` with `yield`). Their frames are ordinary
//! generator frames; what differs is how results reach the awaiting code.
//! `__anext__`, `asend`, `athrow` and `aclose` return an awaitable
//! (`AsyncGenOp`); driving it resumes the generator frame. A `yield value`
//! in the async generator completes that awaitable with the value
//! (StopIteration(value) to the awaiter), while a yield that comes from an
//! `await` inside the generator passes through to whoever drives the
//! awaiter (the event loop). The two are told apart by the instruction the
//! frame stopped at: `YieldFrom` (an await in progress) or after `YieldValue`.

use super::Vm;
use super::generator::{Delegated, GenState, Generator};
use crate::bytecode::Op;
use crate::object::exceptions::*;
use crate::object::*;
use std::rc::Rc;

/// What the awaitable does when first driven.
pub enum AsyncGenAction {
    /// `__anext__()` / `asend(value)`
    Send(Value),
    /// `athrow(exc)`
    Throw(PyErr),
    /// `aclose()`
    Close,
}

pub struct AsyncGenOp {
    pub generator: Rc<Generator>,
    /// Taken on the first step.
    pub action: Option<AsyncGenAction>,
    /// An `aclose()`: kept for the steps after the first (its cleanup may await).
    pub closing: bool,
    pub finished: bool,
}

/// Makes the awaitable for an operation on async generator `g`.
pub fn async_gen_op(g: &Rc<Generator>, action: AsyncGenAction) -> Value {
    let closing = matches!(action, AsyncGenAction::Close);
    let op = AsyncGenOp { generator: g.clone(), action: Some(action), closing, finished: false };
    let name = match &op.action {
        Some(AsyncGenAction::Throw(_)) | Some(AsyncGenAction::Close) => "async_generator_athrow",
        _ => "async_generator_asend",
    };
    crate::vm::iter::make_iter(IterKind::AsyncGenOp(Box::new(op)), name)
}

impl Vm {
    /// One step of driving an async generator awaitable: `input` is the
    /// value sent in (or an exception thrown in) by the awaiting side.
    pub fn async_gen_step(&mut self, it: &Rc<PyIterator>, input: Result<Value, PyErr>) -> PyResult<Delegated> {
        let (g, action, closing) = {
            let mut k = it.kind.borrow_mut();
            let IterKind::AsyncGenOp(op) = &mut *k else { return Err(internal("not an async generator awaitable")) };
            if op.finished {
                return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            // (an exception thrown in before the first step leaves the
            // operation to do on the first `send`, as CPython's awaitables do)
            let action = if input.is_ok() { op.action.take() } else { None };
            (op.generator.clone(), action, op.closing)
        };
        let r = match (action, input) {
            (_, Err(e)) => self.throw(&g, e),
            (Some(AsyncGenAction::Send(v)), Ok(_)) => self.resume_async_gen(&g, v),
            (Some(AsyncGenAction::Throw(e)), Ok(_)) => self.throw(&g, e),
            (Some(AsyncGenAction::Close), Ok(_)) => {
                if matches!(g.state(), GenState::Created | GenState::Closed) {
                    g.set_state(GenState::Closed);
                    g.frame.clear();
                    Ok(Delegated::Returned(Value::None))
                } else {
                    self.throw(&g, PyErr::with_args(&self.types.generator_exit, vec![]))
                }
            }
            (None, Ok(v)) => self.resume_async_gen(&g, v),
        };
        let finish = |it: &Rc<PyIterator>| {
            if let IterKind::AsyncGenOp(op) = &mut *it.kind.borrow_mut() {
                op.finished = true;
            }
        };
        match r {
            Ok(Delegated::Yielded(v)) => {
                if self.stopped_at_await(&g) {
                    // an `await` inside the generator: pass the yield through
                    return Ok(Delegated::Yielded(v));
                }
                finish(it);
                if closing {
                    return Err(runtime_error("async generator ignored GeneratorExit"));
                }
                // `yield v` completes this awaitable with v
                Ok(Delegated::Returned(v))
            }
            Ok(Delegated::Returned(_)) => {
                finish(it);
                if closing {
                    return Ok(Delegated::Returned(Value::None));
                }
                Err(PyErr::with_args(&self.types.stop_async_iteration, vec![]))
            }
            Err(e) => {
                finish(it);
                if closing && (e.is_instance_of(&self.types.generator_exit) || e.is_instance_of(&self.types.stop_async_iteration)) {
                    return Ok(Delegated::Returned(Value::None));
                }
                Err(e)
            }
        }
    }

    /// One step of an awaitable iterator (`IterKind::AsyncGenOp` or
    /// `IterKind::AwaitWrapper`): the `send`/`throw`/`__next__` of
    /// `async_generator_asend`, `coroutine_wrapper`, `anext_awaitable`.
    pub fn awaitable_step(&mut self, it: &Rc<PyIterator>, input: Result<Value, PyErr>) -> PyResult<Delegated> {
        if matches!(&*it.kind.borrow(), IterKind::AsyncGenOp(_)) {
            return self.async_gen_step(it, input);
        }
        let (inner, default, started) = {
            let mut k = it.kind.borrow_mut();
            let IterKind::AwaitWrapper { inner, default, started } = &mut *k else {
                return Err(internal("not an awaitable iterator"));
            };
            (inner.clone(), default.clone(), std::mem::replace(started, true))
        };
        let inner = if started {
            inner
        } else {
            let awaitable = self.get_awaitable(&inner)?;
            if let IterKind::AwaitWrapper { inner, .. } = &mut *it.kind.borrow_mut() {
                *inner = awaitable.clone();
            }
            awaitable
        };
        let r = match input {
            Ok(v) => self.delegate_send(&inner, v),
            Err(e) => match self.throw_into_delegate(&inner, e.clone()) {
                Ok(Some(d)) => Ok(d),
                Ok(None) => Err(e),
                Err(e) => Err(e),
            },
        };
        match (r, default) {
            (Err(e), Some(d)) if e.is_instance_of(&self.types.stop_async_iteration) => Ok(Delegated::Returned(d)),
            (r, _) => r,
        }
    }

    /// `close()` of a `coroutine_wrapper` or `anext_awaitable`: closes what it drives.
    pub fn awaitable_close(&mut self, it: &Rc<PyIterator>) -> PyResult<()> {
        let inner = match &*it.kind.borrow() {
            IterKind::AwaitWrapper { inner, .. } => inner.clone(),
            _ => return Ok(()),
        };
        match &inner {
            Value::Generator(g) => self.close_generator(g),
            other => {
                let close = crate::object::string::intern("close");
                if let Some(m) = self.get_attr_opt(other, &close)? {
                    self.call_value(&m, vec![], vec![])?;
                }
                Ok(())
            }
        }
    }

    fn resume_async_gen(&mut self, g: &Rc<Generator>, v: Value) -> PyResult<Delegated> {
        if g.state() == GenState::Closed {
            return Ok(Delegated::Returned(Value::None));
        }
        self.resume(g, v)
    }

    /// Whether a suspended generator frame is in the middle of an `await`.
    fn stopped_at_await(&self, g: &Generator) -> bool {
        g.frame.inspect(|frame| matches!(frame.and_then(|f| f.op_at_ip()), Some(Op::YieldFrom(_) | Op::AwaitResume)))
    }
}
