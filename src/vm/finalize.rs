//! Finalizing suspended generators that are dropped, as CPython does when a
//! generator object is freed: a generator paused inside `try`/`with` gets
//! `close()`, so its `finally` blocks and `__exit__` run; an async
//! generator is handed to the running asyncio loop, which schedules its
//! `aclose()` (CPython's asyncgen finalizer hook).
//!
//! `Drop` cannot run Python code, so it moves the frame into a fresh
//! generator object and queues it here; the run loop drains the queue at the
//! next call, return or popped expression, before anything else can be
//! observed, and at the end of the program. Errors are reported as
//! "Exception ignored in: …" on stderr, like CPython's unraisable hook.

use super::Vm;
use super::frame::{BlockKind, Frame};
use super::generator::{GenState, Generator};
use crate::object::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    static QUEUE: RefCell<Vec<Rc<Generator>>> = const { RefCell::new(Vec::new()) };
    static ANY: Cell<bool> = const { Cell::new(false) };
}

/// Whether a suspended frame has cleanup code that closing it would run.
pub fn needs_close(frame: &Frame) -> bool {
    frame.code.max_blocks > 0 && frame.blocks().any(|b| b.kind == BlockKind::Setup)
}

/// Whether closing `g` would run code: suspended inside `try`/`with`.
pub fn wants_close(g: &Generator) -> bool {
    g.state() == GenState::Suspended && g.frame.inspect(|f| f.is_some_and(needs_close))
}

/// Called from `Drop for Generator` with the frame of a suspended generator.
pub fn defer_close(generator: Rc<Generator>) {
    let _ = QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(generator);
            let _ = ANY.try_with(|a| a.set(true));
        }
    });
}

/// Forgets the finalizers still queued (a test runner, between programs on
/// one thread: a dismantled interpreter's generators must not be closed,
/// nor its `__del__` methods run, in the next program).
pub fn discard_pending() {
    // (dropping queued objects may queue others)
    for _ in 0..100 {
        let batch = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
        let dels = crate::object::finalize::take_del_pending();
        if batch.is_empty() && dels.is_empty() {
            break;
        }
        drop(batch);
        drop(dels);
    }
    ANY.with(|a| a.set(false));
}

/// Something waits for the run loop's finalizers (an instance's `__del__`).
pub fn note_pending() {
    let _ = ANY.try_with(|a| a.set(true));
}

#[inline(always)]
pub fn pending() -> bool {
    ANY.with(|a| a.get())
}

impl Vm {
    /// Closes every queued generator (including ones queued meanwhile).
    pub fn run_finalizers(&mut self) {
        loop {
            ANY.with(|a| a.set(false));
            let batch = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
            let dels = crate::object::finalize::take_del_pending();
            if batch.is_empty() && dels.is_empty() {
                return;
            }
            for inst in dels {
                self.call_del(inst);
            }
            for g in batch {
                if g.is_async_gen() && g.state() == GenState::Suspended && self.hand_to_event_loop(&g) {
                    continue;
                }
                self.finalize_now(&g);
            }
        }
    }

    /// At the end of the program, before the main module's names are
    /// cleared: every generator still suspended inside `try`/`with` is
    /// closed while the globals it may use are intact (in CPython the
    /// module and everything only it reaches are collected as garbage, and
    /// their finalizers run first).
    pub fn finalize_at_exit(&mut self) {
        // instances with a finalizer first (asyncio's pending tasks: CPython
        // frees a task, which reports "Task was destroyed but it is
        // pending!", before the coroutine it holds is closed)
        let mut queued = false;
        for i in crate::object::gc::live_instances(|_| true) {
            queued |= crate::object::finalize::queue_if_armed(&i);
        }
        if queued {
            self.run_asyncio_finalizers(true);
        }
        let kept = self.kept_at_exit();
        for g in crate::object::gc::live_generators(wants_close) {
            // an earlier close may have changed it
            if wants_close(&g) && !kept.contains(&(Rc::as_ptr(&g) as usize)) {
                self.finalize_now(&g);
            }
        }
        self.run_finalizers();
        // the module namespace is cleared next: the cache must not keep its values alive
        crate::object::lookup_cache::invalidate();
    }

    /// The generators asyncio says CPython never finalizes at exit (the
    /// coroutines of the current event loop's pending tasks), by address.
    fn kept_at_exit(&mut self) -> std::collections::HashSet<usize> {
        let mut kept = std::collections::HashSet::new();
        if let Some(Value::Module(m)) = self.modules.get_item_str("asyncio")
            && let Some(f) = m.dict.get_item_str("_kept_at_exit")
            && let Ok(Value::List(list)) = self.call_value(&f, vec![], vec![])
        {
            for v in list.items.borrow().iter() {
                if let Value::Generator(g) = v {
                    kept.insert(Rc::as_ptr(g) as usize);
                }
            }
        }
        kept
    }

    /// Reports futures dropped with an exception nobody retrieved ("Task
    /// exception was never retrieved") and tasks dropped while pending, as
    /// CPython does when it frees them (asyncio's `_run_finalizers`), during
    /// the run (`gc.collect()`) or `at_exit`.
    pub fn run_asyncio_finalizers(&mut self, at_exit: bool) {
        if let Some(Value::Module(m)) = self.modules.get_item_str("asyncio")
            && let Some(f) = m.dict.get_item_str("_run_finalizers")
            && let Err(e) = self.call_value(&f, vec![Value::Bool(at_exit)], vec![])
        {
            let report = self.format_exception(&e);
            self.write_err(&report);
        }
    }

    /// Closes one suspended generator, reporting an error the way CPython
    /// reports exceptions it cannot raise anywhere.
    fn finalize_now(&mut self, g: &Rc<Generator>) {
        if g.state() != GenState::Suspended {
            return;
        }
        let result = self.close_generator(g);
        // finalized once only: a generator that ignored GeneratorExit and
        // yielded again is not closed a second time (CPython's PEP 442 rule)
        g.set_state(GenState::Closed);
        g.frame.clear();
        if let Err(e) = result {
            let what = self.repr(&Value::Generator(g.clone())).unwrap_or_else(|_| "<generator>".to_string());
            self.report_ignored(&what, &e);
        }
    }

    /// Calls an instance's `__del__`; an error is reported, not raised.
    fn call_del(&mut self, inst: Rc<crate::object::Instance>) {
        let Some(method) = inst.class.lookup_str("__del__") else { return };
        if let Err(e) = self.call_value(&method, vec![Value::Instance(inst)], vec![]) {
            let what = self.repr(&method).unwrap_or_else(|_| "<function __del__>".to_string());
            self.report_ignored(&what, &e);
        }
    }

    /// Reports an exception nobody can catch, as CPython's unraisable hook
    /// does: where it was ignored, then this exception only (no chain).
    fn report_ignored(&mut self, what: &str, e: &crate::object::exceptions::PyErr) {
        let mut report = String::new();
        self.format_single(e, &mut report);
        let header = if report.starts_with("  File ") { "Traceback (most recent call last):\n" } else { "" };
        self.write_err(&format!("Exception ignored in: {what}\n{header}{report}"));
    }

    /// Asks the running asyncio loop (if any) to `aclose()` an async
    /// generator; false when no loop runs.
    fn hand_to_event_loop(&mut self, g: &Rc<Generator>) -> bool {
        let Some(Value::Module(m)) = self.modules.get_str(&crate::object::string::intern("asyncio")) else {
            return false;
        };
        let Some(hook) = m.dict.get_str(&crate::object::string::intern("_finalize_asyncgen")) else {
            return false;
        };
        matches!(self.call_value(&hook, vec![Value::Generator(g.clone())], vec![]), Ok(Value::Bool(true)))
    }
}
