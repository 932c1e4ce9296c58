//! `await fut` on a plain asyncio future, without the iterator object that
//! `Future.__await__` returns (CPython's `FutureIter`).
//!
//! Most awaits in an asyncio program are of futures (every `sleep`, every
//! queue or lock wait, every task awaited). Through `__await__` each one is
//! a Python call, a native call and an iterator allocated and kept while
//! the coroutine waits. For a future whose class keeps asyncio's own
//! `__await__`, the compiler's await sequence lets the run loop do that
//! iterator's two steps itself:
//!
//! - `GetAwaitable` leaves such a future on the stack as its own
//!   awaitable.
//! - `YieldFrom` on it (`step`): a pending future gets
//!   `_asyncio_future_blocking = True` and is yielded, the frame set to
//!   resume at the `AwaitResume` that follows; a done one gives its
//!   `result()` at once.
//! - `AwaitResume` (`resume`), reached only by resuming after that yield:
//!   the future's `result()`, or CPython's "await wasn't used with future"
//!   when it is still pending.
//!
//! So the steps, errors and values are those of `FutureIter`; `cr_await`
//! of a coroutine waiting this way is a `FutureIter` made when asked for
//! (`iterator`). Under `--trace` the iterator path is kept.

use crate::builtins::arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// asyncio's `Future.__await__`, registered when asyncio is imported.
    static FUTURE_AWAIT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Forgets asyncio's `Future.__await__` (a test runner, between programs).
pub fn forget() {
    let old = FUTURE_AWAIT.with(|f| f.borrow_mut().take());
    drop(old);
}

/// `future_await_setup(Future.__await__)`.
pub fn future_await_setup(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("future_await_setup", args, 1, 1)?;
    FUTURE_AWAIT.with(|f| *f.borrow_mut() = Some(args[0].clone()));
    Ok(Value::None)
}

/// Whether `v` is an asyncio future whose class keeps `Future.__await__`.
pub fn is_plain_future(vm: &Vm, v: &Value) -> bool {
    let Value::Instance(inst) = v else { return false };
    let Some(Value::Function(own)) = inst.class.lookup(&vm.names.await_) else { return false };
    FUTURE_AWAIT.with(|f| matches!(&*f.borrow(), Some(Value::Function(registered)) if Rc::ptr_eq(&own, registered)))
}

fn result(vm: &mut Vm, future: &Value) -> PyResult<Value> {
    let name = string::intern("result");
    vm.call_method(future, &name, vec![])?.ok_or_else(|| attribute_error("'Future' object has no attribute 'result'"))
}

/// The first step of awaiting `future`: None when it is pending (it is
/// then marked blocking, and the caller yields it), else its result.
pub fn step(vm: &mut Vm, future: &Value) -> PyResult<Option<Value>> {
    if super::future_pending(vm, future)? {
        vm.set_attr(future, &string::intern("_asyncio_future_blocking"), Value::Bool(true))?;
        return Ok(None);
    }
    result(vm, future).map(Some)
}

/// The step after the yield: the future's result, which it must have.
pub fn resume(vm: &mut Vm, future: &Value) -> PyResult<Value> {
    if super::future_pending(vm, future)? {
        return Err(runtime_error("await wasn't used with future"));
    }
    result(vm, future)
}

/// CPython's `FutureIter` over `future`, before or after its yield.
pub fn iterator(future: Value, yielded: bool) -> Value {
    let kind = IterKind::FutureAwait { future, yielded };
    Value::Iterator(Rc::new(PyIterator { kind: RefCell::new(kind), type_name: "FutureIter" }))
}
