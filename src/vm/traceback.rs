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

impl Vm {
    /// The full report for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen: Vec<*const Instance> = Vec::new();
        self.format_chain(err, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, err: &PyErr, out: &mut String, seen: &mut Vec<*const Instance>) {
        seen.push(Rc::as_ptr(&err.exc));
        let (cause, context, suppress) = {
            let d = err.data();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Some(c) = cause.as_ref().and_then(PyErr::from_value) {
            if !seen.contains(&Rc::as_ptr(&c.exc)) {
                self.format_chain(&c, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let (Some(c), false) = (context.as_ref().and_then(PyErr::from_value), suppress)
            && !seen.contains(&Rc::as_ptr(&c.exc))
        {
            self.format_chain(&c, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        self.format_single(err, out);
    }

    pub(crate) fn format_single(&mut self, err: &PyErr, out: &mut String) {
        let tb: Vec<_> = err.data().traceback.iter().filter(|e| !e.code.filename.starts_with("<frozen ")).cloned().collect();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
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
        out.push_str(&self.exception_line(err));
        out.push('\n');
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
