//! `--trace`: one line on stderr per control transfer between a routine and
//! its generators/coroutines — created, started/resumed (how, and from which
//! line), suspended at a `yield` (line and value), finished (returned or
//! raised) — indented by how many generator frames are running, so the
//! ping-pong is visible. asyncio adds task and future events through
//! `_asyncio_native.trace`. When the flag is off each hook is one branch on
//! a bool.
//!
//! Where a resumption comes from: inline resumptions (`for`, `yield from`,
//! `await`, and `next()`/`send()` called from Python) see the consumer's
//! frame directly. Everything else (a native such as `throw()`, `close()` or
//! `list()` driving a generator) learns it from a [`Caller`] recorded when
//! Python code called that native; under `--trace` natives are called with
//! the calling frame parked, so the record is exact while the call lasts.
//! A generator driven by a builtin iterator that the run loop steps itself
//! (`for i, x in enumerate(gen)`, `a, b = gen`) is shown without a line
//! rather than with a wrong one: that would need a hook in the hot `ForIter`
//! path.

use super::Vm;
use super::asyncgen::AsyncGenAction;
use super::frame::{Frame, Resume};
use super::generator::Generator;
use crate::bytecode::Op;
use crate::object::{IterKind, Value};

/// Generators of tikitaka's own Python modules (asyncio) are not traced.
fn internal(g: &Generator) -> bool {
    g.code().filename.starts_with("<frozen ")
}

/// The code that is resuming a generator: a line in a Python function, or
/// tikitaka's own asyncio (the event loop).
#[derive(Clone, Debug)]
pub struct Caller {
    /// `vm.frames.len()` and `vm.depth` while the record is valid.
    frames: usize,
    depth: usize,
    line: u32,
    /// Qualified name of the calling function, `<module>` at top level.
    func: String,
    event_loop: bool,
    /// The native called (`send`, `next`, `list`, ...) or the statement
    /// (`await`, `async for`, `yield from`).
    via: String,
}

impl Caller {
    fn of(f: &Frame, via: String, frames: usize, depth: usize) -> Caller {
        Caller { frames, depth, line: f.line(), func: f.code.qualname.clone(), event_loop: f.code.filename.starts_with("<frozen "), via }
    }

    /// `from line 12`, `at line 6 in outer()`, `from the event loop`,
    /// `back to line 12`.
    fn place(&self, preposition: &str) -> String {
        if self.event_loop {
            format!("{preposition} the event loop")
        } else if self.func == "<module>" {
            format!("{preposition} line {}", self.line)
        } else {
            format!("{preposition} line {} in {}()", self.line, self.func)
        }
    }
}

impl Vm {
    fn trace_line(&mut self, depth: usize, text: &str) {
        let indent = "  ".repeat(depth);
        self.write_err(&format!("[trace] {indent}{text}\n"));
    }

    fn short_repr(&mut self, v: &Value) -> String {
        let r = self.repr(v).unwrap_or_else(|_| "<unprintable>".into());
        if r.chars().count() > 60 { format!("{}…", r.chars().take(59).collect::<String>()) } else { r }
    }

    /// The recorded caller, if it belongs to the native call in progress.
    fn current_caller(&self) -> Option<Caller> {
        self.trace_from.as_ref().filter(|c| c.frames == self.frames.len() && c.depth == self.depth).map(|c| (**c).clone())
    }

    /// Python code in `f` calls the native `via` (under `--trace` only);
    /// `parked`: `f` is about to be pushed on `frames` for the call.
    /// Returns the record to restore when the call is over.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_enter_native(&mut self, f: &Frame, via: String, parked: bool) -> Option<Box<Caller>> {
        let c = Caller::of(f, via, self.frames.len() + usize::from(parked), self.depth);
        self.trace_from.replace(Box::new(c))
    }

    /// `f` (running, not parked) delegates with `yield from`/`await` to
    /// `it`, an iterator that is not a generator (typically an async
    /// generator's awaitable: its first step is `anext()`, `asend(v)`,
    /// `athrow(E)` or `aclose()`).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_enter_delegate(&mut self, f: &Frame, it: &Value) -> Option<Box<Caller>> {
        let mut via = delegation(f).to_string();
        if via == "await"
            && let Value::Iterator(op) = it
            && let IterKind::AsyncGenOp(op) = &*op.kind.borrow()
        {
            via = match &op.action {
                Some(AsyncGenAction::Send(v)) if v.is_none() => "anext()".into(),
                Some(AsyncGenAction::Send(v)) => {
                    let v = v.clone();
                    format!("asend({})", self.short_repr(&v))
                }
                Some(AsyncGenAction::Throw(e)) => format!("athrow({})", e.class().name),
                Some(AsyncGenAction::Close) => "aclose()".into(),
                None => via,
            };
        }
        let c = Caller::of(f, via, self.frames.len(), self.depth);
        self.trace_from.replace(Box::new(c))
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_leave(&mut self, saved: Option<Box<Caller>>) {
        self.trace_from = saved;
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_created(&mut self, g: &Generator) {
        if internal(g) {
            return;
        }
        let line = format!("create {} {}()", g.kind_name(), g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &line);
    }

    /// `g` is about to run inline on top of the consumer frame `f`.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_resume_inline(&mut self, f: &Frame, g: &Generator, sent: &Value, started: bool, how: Resume) {
        let text = match how {
            Resume::ForIter(_) => format!("by the for loop {}", Caller::of(f, String::new(), 0, 0).place("at")),
            Resume::YieldFrom(_) => format!("by {} {}", delegation(f), Caller::of(f, String::new(), 0, 0).place("at")),
            Resume::Send | Resume::None | Resume::Init => {
                let via = self.current_caller().map(|c| c.via).unwrap_or_else(|| "next".into());
                let call = self.call_text(&via, sent);
                format!("by {call} {}", Caller::of(f, via, 0, 0).place("from"))
            }
        };
        self.trace_resume(g, started, &text);
    }

    /// `g` is resumed by native code (a call such as `list(g)`, or an
    /// async generator's awaitable).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_resume_native(&mut self, g: &Generator, sent: &Value, started: bool) {
        let text = match self.current_caller() {
            Some(c) if matches!(c.via.as_str(), "await" | "async for" | "yield from") => format!("by {} {}", c.via, c.place("at")),
            Some(c) if c.via.ends_with(')') => format!("by {} {}", c.via, c.place("from")),
            Some(c) => format!("by {} {}", self.call_text(&c.via, sent), c.place("from")),
            None if sent.is_none() => "by next()".into(),
            None => format!("by send({})", self.short_repr(sent)),
        };
        self.trace_resume(g, started, &text);
    }

    /// `throw()` (or `close()`, which throws GeneratorExit) into `g`.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_throw(&mut self, g: &Generator, exc_name: &str) {
        let caller = self.current_caller();
        let how = match &caller {
            _ if self.closing => "close()".to_string(),
            Some(c) if c.via.starts_with("athrow(") || c.via.starts_with("aclose(") => c.via.clone(),
            _ => format!("throw({exc_name})"),
        };
        let text = match caller {
            Some(c) => format!("by {how} {}", c.place("from")),
            None => format!("by {how}"),
        };
        self.trace_resume(g, true, &text);
    }

    /// `send(v)` for `via == "send"`, `next()` for `next`, `NAME()` for any
    /// other native that drives a generator (`list()`, `sum()`, ...).
    fn call_text(&mut self, via: &str, sent: &Value) -> String {
        match via {
            // asyncio's task step (`_asyncio_native.step`) sends None
            "send" | "step" => format!("send({})", self.short_repr(sent)),
            "next" | "__next__" => "next()".into(),
            other => format!("{other}()"),
        }
    }

    /// The first resumption of a generator says "start".
    fn trace_resume(&mut self, g: &Generator, started: bool, how: &str) {
        if internal(g) {
            return;
        }
        let verb = if started { "resume" } else { "start" };
        let line = format!("{verb} {}() {how}", g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &line);
        self.trace_depth += 1;
    }

    /// Where control goes when a generator suspends or finishes: the
    /// consumer frame `to` when it runs inline, else the recorded caller.
    fn back_to(&self, to: Option<&Frame>) -> String {
        let caller = match to {
            Some(f) => Some(Caller::of(f, String::new(), 0, 0)),
            None => self.current_caller(),
        };
        caller.map(|c| format!(", {}", c.place("back to"))).unwrap_or_default()
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_suspend(&mut self, g: &Generator, line: u32, value: &Value, to: Option<&Frame>) {
        if internal(g) {
            return;
        }
        self.trace_depth = self.trace_depth.saturating_sub(1);
        let v = self.short_repr(value);
        let back = self.back_to(to);
        let text = format!("suspend {}() at line {line}: yield {v}{back}", g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &text);
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn trace_finish(&mut self, g: &Generator, outcome: Result<&Value, &str>, to: Option<&Frame>) {
        if internal(g) {
            return;
        }
        self.trace_depth = self.trace_depth.saturating_sub(1);
        let what = match outcome {
            Ok(v) => format!("returned {}", self.short_repr(v)),
            Err("GeneratorExit") if self.closing || g.is_async_gen() => "closed".into(),
            Err(e) => format!("raised {e}"),
        };
        let back = self.back_to(to);
        let text = format!("finish {}(): {what}{back}", g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &text);
    }

    /// An event reported by asyncio (task and future events).
    #[cold]
    #[inline(never)]
    pub fn trace_event(&mut self, text: &str) {
        let d = self.trace_depth;
        self.trace_line(d, text);
    }
}

/// What kind of delegation the frame `f` is in: `await` in a coroutine,
/// `async for` when the awaitable comes from an `async for` header, else
/// `yield from`.
fn delegation(f: &Frame) -> &'static str {
    if !f.code.flags.coroutine {
        return "yield from";
    }
    // `async for` compiles to GetANext, GetAwaitable, LoadConst None, YieldFrom
    let before = &f.code.ops[..(f.ip as usize).min(f.code.ops.len())];
    if before.iter().rev().take(4).any(|op| matches!(op, Op::GetANext)) { "async for" } else { "await" }
}
