//! Syntax errors: a kind (SyntaxError, IndentationError), CPython's message and
//! a byte span in the source. `render` turns one into CPython's report text.

use unicode_width::UnicodeWidthChar;

/// Which Python exception class a syntax error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
        }
    }
}

/// A syntax error with its location; `start`/`end` are byte offsets into the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
    /// Whether CPython prints a caret line for this error.
    pub caret: bool,
    /// Overrides the line number computed from `start` (CPython reports some
    /// errors, like unclosed brackets, on a different line).
    pub line_override: Option<usize>,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> Self {
        SyntaxError { kind: SyntaxErrorKind::Syntax, msg: msg.into(), start, end, caret: true, line_override: None }
    }

    pub fn indentation(msg: impl Into<String>, at: usize) -> Self {
        SyntaxError { kind: SyntaxErrorKind::Indentation, msg: msg.into(), start: at, end: at, caret: false, line_override: None }
    }

    pub fn no_caret(mut self) -> Self {
        self.caret = false;
        self
    }

    /// Line number (1-based) of the error.
    pub fn line(&self, src: &str) -> usize {
        self.line_override.unwrap_or_else(|| line_of(src, self.start.min(src.len())))
    }

    /// Renders the error as CPython prints it (without a traceback header).
    pub fn render(&self, src: &str, filename: &str) -> String {
        self.render_as(src, filename, false)
    }

    /// `render` for input typed at the prompt, where CPython marks an
    /// error on the empty line that ended a block with a caret.
    pub fn render_at_prompt(&self, src: &str) -> String {
        self.render_as(src, "<stdin>", true)
    }

    fn render_as(&self, src: &str, filename: &str, prompt: bool) -> String {
        let lineno = self.line(src);
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        if let Some(text) = src.lines().nth(lineno - 1) {
            let trimmed = text.trim_start();
            let indent = text.len() - trimmed.len();
            let shown = trimmed.trim_end();
            if shown.is_empty() {
                // (CPython still shows an empty line; a caret under it only
                // at the prompt)
                out.push_str(if prompt { "    \n    ^\n" } else { "    \n" });
            } else {
                out.push_str("    ");
                out.push_str(shown);
                out.push('\n');
                if self.caret {
                    let line_start = line_start_of(src, lineno);
                    let col_start = self.start.saturating_sub(line_start + indent);
                    let col_end = self.end.saturating_sub(line_start + indent).max(col_start + 1);
                    let pad = display_width(&shown[..floor_char(shown, col_start)]);
                    let end = floor_char(shown, col_end.min(shown.len()));
                    let begin = floor_char(shown, col_start);
                    let width = display_width(&shown[begin..end.max(begin)]).max(1);
                    out.push_str("    ");
                    out.push_str(&" ".repeat(pad));
                    out.push_str(&"^".repeat(width));
                    out.push('\n');
                }
            }
        }
        out.push_str(self.kind.class_name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// 1-based line number of a byte offset.
pub fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Byte offset where 1-based line `lineno` starts.
pub fn line_start_of(src: &str, lineno: usize) -> usize {
    if lineno <= 1 {
        return 0;
    }
    let mut seen = 1;
    for (i, b) in src.bytes().enumerate() {
        if b == b'\n' {
            seen += 1;
            if seen == lineno {
                return i + 1;
            }
        }
    }
    src.len()
}

/// Terminal display width of a string: Korean and other wide characters take two cells.
pub fn display_width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

fn floor_char(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
