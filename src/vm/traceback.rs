//! Printing an uncaught exception the way CPython 3.11 does: the chain of
//! causes and contexts, `Traceback (most recent call last):`, one entry per
//! frame with its source line and `^`/`~` markers, repeated-line folding,
//! then `Type: message`.

use super::Vm;
use crate::bytecode::Position;
use crate::object::exceptions::*;
use crate::object::*;
use crate::syntax::error::display_width;
use std::rc::Rc;

/// Nesting while drawing exception groups (traceback.py's `_ExceptionPrintContext`).
struct GroupCtx {
    depth: usize,
    need_close: bool,
    /// Add "Did you mean" hints (the default excepthook does; in 3.11 the
    /// `traceback` module does not).
    hints: bool,
}

const CAUSE_MSG: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MSG: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";
/// CPython's limits for drawing exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` line by line, each behind the group margin (`| `, or
    /// `+ ` for the header of the outermost group).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// The full report for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        self.format_report(err, false)
    }

    /// The report of an exception nothing caught, as the default
    /// `sys.excepthook` prints it: `format_exception` plus the "Did you
    /// mean" hint of an AttributeError or NameError.
    pub fn format_uncaught(&mut self, err: &PyErr) -> String {
        self.format_report(err, true)
    }

    fn format_report(&mut self, err: &PyErr, hints: bool) -> String {
        let mut out = String::new();
        let mut seen: Vec<*const Instance> = Vec::new();
        let mut ctx = GroupCtx { depth: 0, need_close: false, hints };
        self.format_tree(err, &mut ctx, &mut out, &mut seen);
        out
    }

    /// One exception with the chain of its causes and contexts (oldest
    /// first); exception groups with their sub-exceptions in boxes
    /// (traceback.py's `TracebackException.format`).
    fn format_tree(&mut self, err: &PyErr, ctx: &mut GroupCtx, out: &mut String, seen: &mut Vec<*const Instance>) {
        let mut chain: Vec<(Option<&str>, PyErr)> = Vec::new();
        let mut cur = Some((None, err.clone()));
        while let Some((msg, e)) = cur.take() {
            seen.push(Rc::as_ptr(&e.exc));
            let (cause, context, suppress) = {
                let d = e.data();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if let Some(c) = cause.as_ref().and_then(PyErr::from_value) {
                if !seen.contains(&Rc::as_ptr(&c.exc)) {
                    cur = Some((Some(CAUSE_MSG), c));
                }
            } else if let (Some(c), false) = (context.as_ref().and_then(PyErr::from_value), suppress)
                && !seen.contains(&Rc::as_ptr(&c.exc))
            {
                cur = Some((Some(CONTEXT_MSG), c));
            }
            chain.push((msg, e));
        }
        // each entry's message introduces the exception after it
        let mut intro: Option<&str> = None;
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = intro {
                ctx.emit(out, m, '|');
            }
            intro = msg;
            let subs =
                if e.is_instance_of(&self.types.base_exception_group) { crate::builtins::exception_group::exceptions_of(&e.value()) } else { None };
            let stack = self.format_stack(&e);
            // (a traceback of frozen frames only is still a traceback)
            let has_tb = !e.data().traceback.is_empty();
            let Some(subs) = subs else {
                if has_tb {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    ctx.emit(out, &stack, '|');
                }
                let line = self.final_line(&e, ctx.hints) + "\n";
                ctx.emit(out, &line, '|');
                continue;
            };
            if ctx.depth > MAX_GROUP_DEPTH {
                ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
                continue;
            }
            let toplevel = ctx.depth == 0;
            if toplevel {
                ctx.depth += 1;
            }
            if has_tb {
                ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
                ctx.emit(out, &stack, '|');
            }
            let line = self.final_line(&e, ctx.hints) + "\n";
            ctx.emit(out, &line, '|');
            let n = subs.len().min(MAX_GROUP_WIDTH + 1);
            ctx.need_close = false;
            for (i, sub) in subs.iter().take(n).enumerate() {
                let last = i == n - 1;
                if last {
                    ctx.need_close = true;
                }
                let truncated = i >= MAX_GROUP_WIDTH;
                let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
                out.push_str(&format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }));
                ctx.depth += 1;
                if truncated {
                    let remaining = subs.len() - MAX_GROUP_WIDTH;
                    ctx.emit(out, &format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
                } else if let Some(sub) = PyErr::from_value(sub) {
                    self.format_tree(&sub, ctx, out, seen);
                }
                if last && ctx.need_close {
                    out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                    ctx.need_close = false;
                }
                ctx.depth -= 1;
            }
            if toplevel {
                ctx.depth = 0;
            }
        }
    }

    /// One exception without its chain: its traceback and `Type: message`
    /// (what CPython's unraisable hook prints).
    pub(crate) fn format_single(&mut self, err: &PyErr, out: &mut String) {
        let stack = self.format_stack(err);
        out.push_str(&stack);
        let line = self.exception_line(err);
        out.push_str(&line);
        out.push('\n');
    }

    /// The `File ..., line ...` entries of an exception's traceback (frames
    /// of tikitaka's frozen modules left out).
    fn format_stack(&mut self, err: &PyErr) -> String {
        let mut text = String::new();
        let out = &mut text;
        let tb: Vec<_> = err.data().traceback.iter().filter(|e| !e.code.filename.starts_with("<frozen ")).cloned().collect();
        if !tb.is_empty() {
            let mut last: Option<(Rc<str>, u32, String)> = None;
            let mut repeat = 0usize;
            for entry in &tb {
                let pos = entry.code.position(entry.ip);
                let key = (entry.code.filename.clone(), pos.line, entry.code.name.clone());
                if last.as_ref() == Some(&key) {
                    repeat += 1;
                    if repeat >= 3 {
                        continue;
                    }
                } else {
                    flush_repeats(out, repeat);
                    repeat = 0;
                    last = Some(key);
                }
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.code.filename, pos.line, entry.code.name));
                // like CPython, no source is shown for code typed at the prompt or given with -c
                let shows_source = !entry.code.filename.starts_with('<') || entry.code.filename.starts_with("<note");
                if let Some(text) = entry.code.source.lines().nth((pos.line as usize).wrapping_sub(1)).filter(|_| shows_source) {
                    render_source(out, text, &pos);
                }
            }
            flush_repeats(out, repeat);
        }
        text
    }

    /// `exception_line`, with CPython's "Did you mean" hint when `hints`.
    fn final_line(&mut self, err: &PyErr, hints: bool) -> String {
        let line = self.exception_line(err);
        match if hints { self.suggestion(err) } else { None } {
            Some(s) => format!("{line}. Did you mean: '{s}'?"),
            None => line,
        }
    }

    /// `Type: message` (or just `Type` when the message is empty).
    pub fn exception_line(&mut self, err: &PyErr) -> String {
        let cls = err.class().clone();
        let name =
            if cls.module == "builtins" || cls.module == "__main__" { cls.qualname.clone() } else { format!("{}.{}", cls.module, cls.qualname) };
        let msg = match self.str(&err.value()) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() { name } else { format!("{name}: {msg}") }
    }
}

fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
    }
}

/// Prints a source line and, where CPython would, the marker line under it.
fn render_source(out: &mut String, text: &str, pos: &Position) {
    let stripped = text.trim_start();
    let indent_chars = text.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if pos.end_line == 0 {
        return;
    }
    let chars: Vec<char> = stripped.chars().collect();
    let start = (pos.col as usize).saturating_sub(indent_chars).min(chars.len());
    let end = if pos.end_line == pos.line { (pos.end_col as usize).saturating_sub(indent_chars).min(chars.len()) } else { chars.len() };
    if end <= start {
        return;
    }
    let anchor = if pos.end_line == pos.line { pos.anchor } else { None };
    if end - start >= chars.len() && anchor.is_none() {
        return;
    }
    // widths in terminal cells, so markers line up under Korean text
    let width = |a: usize, b: usize| display_width(&chars[a..b].iter().collect::<String>());
    out.push_str("    ");
    out.push_str(&" ".repeat(width(0, start)));
    match anchor {
        Some((a0, a1)) => {
            let a0 = (a0 as usize).saturating_sub(indent_chars).clamp(start, end);
            let a1 = (a1 as usize).saturating_sub(indent_chars).clamp(a0, end);
            out.push_str(&"~".repeat(width(start, a0)));
            out.push_str(&"^".repeat(width(a0, a1)));
            out.push_str(&"~".repeat(width(a1, end)));
        }
        None => out.push_str(&"^".repeat(width(start, end))),
    }
    out.push('\n');
}
