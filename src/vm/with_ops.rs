//! The instructions of `with` and `async with` statements, of `except`
//! clauses (does the exception match?) and of the end of an `async for`
//! (its `StopAsyncIteration`). `step` routes them here; the blocks they
//! push are unwound by `unwind.rs`.

use super::Vm;
use super::frame::{Block, BlockKind, Frame};
use super::unwind;
use crate::object::exceptions::*;
use crate::object::*;

impl Vm {
    /// `SetupWith(handler)`: enters the context manager on top; its
    /// `__exit__` stays under the block, the entered value goes on top.
    #[inline(never)]
    pub(super) fn setup_with(&mut self, f: &mut Frame, handler: u32) -> PyResult<()> {
        let ctx = f.pop();
        let (exit, entered) = self.enter_context(&ctx)?;
        f.push(exit);
        let level = f.stack.len() as u32;
        f.push_block(Block { kind: BlockKind::Setup, handler, level, exc: None })?;
        f.push(entered);
        Ok(())
    }

    /// `WithExceptStart`: `__exit__(type, exc, tb)` for the exception on
    /// top (the exit under it); its result goes on top.
    #[inline(never)]
    pub(super) fn with_except_start(&mut self, f: &mut Frame) -> PyResult<()> {
        let n = f.stack.len();
        let exc = f.stack[n - 1].clone();
        let exit = f.stack[n - 2].clone();
        let ty = Value::Class(self.types.of(&exc));
        let r = self.call_value(&exit, vec![ty, exc, Value::None], vec![])?;
        f.push(r);
        Ok(())
    }

    /// `CheckExcMatch`: whether the exception under the `except` clause's
    /// type (on top) matches it.
    #[inline(never)]
    pub(super) fn check_exc_match(&mut self, f: &mut Frame) -> PyResult<()> {
        let ty = f.pop();
        let exc = f.top().clone();
        let r = self.exception_matches(&exc, &ty)?;
        f.push(Value::Bool(r));
        Ok(())
    }

    /// `EndAsyncFor`: the `async for` ends on `StopAsyncIteration`; any
    /// other exception goes on.
    #[inline(never)]
    pub(super) fn end_async_for(&mut self, f: &mut Frame) -> PyResult<()> {
        let exc = f.pop();
        if self.exception_matches(&exc, &Value::Class(self.types.stop_async_iteration.clone()))? {
            f.stack.pop();
            f.pop_block();
            Ok(())
        } else {
            self.skip_tb = true;
            Err(unwind::reraise(exc))
        }
    }

    /// `BeforeAsyncWith`: the `__aexit__` and the awaitable `__aenter__()`
    /// of the async context manager on top.
    #[inline(never)]
    pub(super) fn before_async_with(&mut self, f: &mut Frame) -> PyResult<()> {
        let ctx = f.pop();
        let (aexit, awaitable) = self.enter_async_context(&ctx)?;
        f.push(aexit);
        f.push(awaitable);
        Ok(())
    }
}
