//! `--trace`: one line on stderr per control transfer between a routine and
//! its generators/coroutines — created, resumed (and how), suspended at a
//! `yield` (line and value), finished (returned or raised) — indented by how
//! many generator frames are running, so the ping-pong is visible. asyncio
//! adds task and future events through `_asyncio_native.trace`. When the flag
//! is off each hook is one branch on a bool.

use super::Vm;
use super::generator::Generator;
use crate::object::Value;

/// Generators of tikitaka's own Python modules (asyncio) are not traced.
fn internal(g: &Generator) -> bool {
    g.code.filename.starts_with("<frozen ")
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

    pub(crate) fn trace_created(&mut self, g: &Generator) {
        if internal(g) {
            return;
        }
        let line = format!("create {} {}()", g.kind_name(), g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &line);
    }

    /// `how`: "next()", "send(v)", "throw(E)", "close()", "for", "await".
    pub(crate) fn trace_resume(&mut self, g: &Generator, how: &str) {
        if internal(g) {
            return;
        }
        let line = format!("resume {}() by {how}", g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &line);
        self.trace_depth += 1;
    }

    pub(crate) fn trace_send_desc(&mut self, sent: &Value, started: bool) -> String {
        if !started {
            "next() (start)".into()
        } else if sent.is_none() {
            "next()".into()
        } else {
            format!("send({})", self.short_repr(sent))
        }
    }

    pub(crate) fn trace_suspend(&mut self, g: &Generator, line: u32, value: &Value) {
        if internal(g) {
            return;
        }
        self.trace_depth = self.trace_depth.saturating_sub(1);
        let v = self.short_repr(value);
        let text = format!("suspend {}() at line {line}: yield {v}", g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &text);
    }

    pub(crate) fn trace_finish(&mut self, g: &Generator, outcome: Result<&Value, &str>) {
        if internal(g) {
            return;
        }
        self.trace_depth = self.trace_depth.saturating_sub(1);
        let what = match outcome {
            Ok(v) => format!("returned {}", self.short_repr(v)),
            Err(e) => format!("raised {e}"),
        };
        let text = format!("finish {}(): {what}", g.qualname());
        let d = self.trace_depth;
        self.trace_line(d, &text);
    }

    /// An event reported by asyncio (task and future events).
    pub fn trace_event(&mut self, text: &str) {
        let d = self.trace_depth;
        self.trace_line(d, text);
    }
}
