//! Warnings the runtime prints on stderr the way CPython's `warnings` module
//! does by default: `FILE:LINE: Category: message`, the source line, and
//! each (location, message) only once. The one warning tikitaka emits is
//! "coroutine 'NAME' was never awaited", raised when a coroutine object that
//! never started is dropped; the run loop reports it at the instruction that
//! dropped it (as CPython does when the object is freed).

use super::Vm;
use super::frame::Frame;
use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static ANY: Cell<bool> = const { Cell::new(false) };
}

/// Called when a never-started coroutine is dropped.
pub fn coroutine_never_awaited(name: &str) {
    PENDING.with(|p| p.borrow_mut().push(format!("coroutine '{name}' was never awaited")));
    ANY.with(|a| a.set(true));
}

#[inline]
pub fn pending() -> bool {
    ANY.with(|a| a.get())
}

/// Queues warnings again (those an exception kept: see `ExcData::kept_warnings`).
pub fn requeue(msgs: Vec<String>) {
    PENDING.with(|p| p.borrow_mut().extend(msgs));
    ANY.with(|a| a.set(true));
}

/// Forgets pending warnings (a test runner, between programs on one thread).
pub fn discard_pending() {
    take();
}

fn take() -> Vec<String> {
    ANY.with(|a| a.set(false));
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

impl Vm {
    /// Hands the pending warnings to `err`, which unwound the frames that
    /// freed their objects (see `ExcData::kept_warnings`).
    pub fn keep_warnings(&mut self, err: &crate::object::exceptions::PyErr) {
        if !pending() {
            return;
        }
        let msgs = take();
        match &err.value() {
            crate::object::Value::Instance(inst) if inst.exc.is_some() => {
                if let Some(data) = &inst.exc {
                    data.borrow_mut().kept_warnings.0.extend(msgs);
                }
            }
            _ => requeue(msgs),
        }
    }

    /// Prints pending warnings located at the instruction `f` just ran.
    pub fn flush_warnings(&mut self, f: &Frame) {
        let msgs = take();
        if msgs.is_empty() {
            return;
        }
        let line = f.line();
        // (no source line for `<string>`, `<stdin>`: CPython cannot read one)
        let source = match f.code.filename.starts_with('<') {
            true => None,
            false => f.code.source.lines().nth((line as usize).wrapping_sub(1)).map(|s| s.trim().to_string()),
        };
        let location = format!("{}:{line}", f.code.filename);
        for m in msgs {
            self.print_warning(&location, &m, source.as_deref(), true);
        }
    }

    /// Prints warnings left when the program ends (`sys:1`, as CPython at
    /// shutdown). Late in CPython's shutdown its warnings module can no
    /// longer import `tracemalloc`, and prints no hint about it: `hint` is
    /// false for warnings of objects freed with the module's globals.
    pub fn flush_warnings_at_exit(&mut self, hint: bool) {
        for m in take() {
            self.print_warning("sys:1", &m, None, hint);
        }
    }

    /// Prints the SyntaxWarnings of the last compilation of `src` (named
    /// `filename`), as CPython does before running it: each one, with its
    /// source line unless the source is `<stdin>` or the like.
    pub fn print_syntax_warnings(&mut self, filename: &str, src: &str) {
        for (line, msg) in crate::compile::warnings::take() {
            let mut text = format!("{filename}:{line}: SyntaxWarning: {msg}\n");
            if !filename.starts_with('<')
                && let Some(s) = src.lines().nth((line as usize).wrapping_sub(1)).map(str::trim)
                && !s.is_empty()
            {
                text.push_str(&format!("  {s}\n"));
            }
            self.write_err(&text);
        }
    }

    fn print_warning(&mut self, location: &str, msg: &str, source: Option<&str>, hint: bool) {
        let key = format!("{location}\u{0}{msg}");
        if self.warned.contains(&key) {
            return;
        }
        self.warned.push(key);
        let mut text = format!("{location}: RuntimeWarning: {msg}\n");
        if let Some(s) = source.filter(|s| !s.is_empty()) {
            text.push_str(&format!("  {s}\n"));
        }
        if hint {
            text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        self.write_err(&text);
    }
}
