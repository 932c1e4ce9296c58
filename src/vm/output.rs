//! Where a program's text goes and comes from: `vm.out` (`print`,
//! `sys.stdout.write`) and `vm.err` (tracebacks, warnings, `--trace`,
//! `sys.stderr.write`) are the process's streams or an in-memory capture
//! (notes, the test runner, limited in size: a flood stops the program);
//! `vm.input` is what `input()` reads. The prompt's echo of an expression
//! statement's value (`PrintExpr`) is here too.

use super::Vm;
use crate::object::Value;
use crate::object::exceptions::PyResult;
use std::io::Write;

/// Where `print` and `sys.stdout.write` (`vm.out`), or tracebacks, warnings,
/// `--trace` lines and `sys.stderr.write` (`vm.err`) go.
pub enum Output {
    /// The process's stdout, buffered (flushed before anything goes to stderr).
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// The process's stderr, unbuffered.
    Stderr,
    /// Kept in memory (notes, the test runner), up to `vm.output_limit` bytes.
    Capture(Vec<u8>),
}

impl Output {
    /// The captured text so far, emptied (nothing for a real stream).
    pub fn take_text(&mut self) -> String {
        match self {
            Output::Capture(buf) => String::from_utf8_lossy(&std::mem::take(buf)).into_owned(),
            _ => String::new(),
        }
    }
}

/// Where `input()` reads from.
pub enum Input {
    Stdin,
    /// Lines given in advance (the test runner gives none: `input()` meets EOF).
    Text(std::collections::VecDeque<String>),
}

/// Writes `s` to `out`; false when a capture had no room for all of it
/// (it then keeps what fits in `limit` bytes, cut at a character boundary).
fn write_to(out: &mut Output, s: &str, limit: usize) -> bool {
    match out {
        Output::Stdout(w) => {
            let _ = w.write_all(s.as_bytes());
        }
        Output::Stderr => {
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
        Output::Capture(buf) => {
            let room = limit.saturating_sub(buf.len());
            if s.len() > room {
                let mut cut = room;
                while !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                buf.extend_from_slice(&s.as_bytes()[..cut]);
                return false;
            }
            buf.extend_from_slice(s.as_bytes());
        }
    }
    true
}

impl Vm {
    /// `PrintExpr`: the prompt shows an expression statement's value (not
    /// None) and keeps it as `_`.
    pub(super) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if !v.is_none() {
            let r = self.repr(&v)?;
            self.write_out(&r);
            self.write_out("\n");
            self.builtins.set_item_str("_", v.clone());
        }
        self.last_expr = Some(v);
        Ok(())
    }

    pub fn write_out(&mut self, s: &str) {
        if !write_to(&mut self.out, s, self.output_limit) {
            self.flood();
        }
    }

    pub fn flush_out(&mut self) {
        if let Output::Stdout(w) = &mut self.out {
            let _ = w.flush();
        }
    }

    /// Writes to `err`, after flushing `out` so the two interleave in order.
    pub fn write_err(&mut self, s: &str) {
        self.flush_out();
        if !write_to(&mut self.err, s, self.output_limit) {
            self.flood();
        }
    }

    /// Captured output reached its limit: stop the program.
    fn flood(&mut self) {
        self.flooded = true;
        self.signal.get_or_insert_with(Default::default).stop();
    }
}
