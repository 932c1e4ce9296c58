//! `tikitaka notes FILE`: runs the ```python blocks of a Markdown note in one
//! session (later blocks see earlier definitions) and checks what each block
//! prints against the output the note shows after it — the next fenced block
//! without a language tag (or tagged `text`, `console`, `output`) before the
//! next python block. Tracebacks name the note and its line numbers; classic
//! coroutine mistakes get a hint. The report is text or (`--json`) JSON.

use crate::runner::Session;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

/// One ```python block of a note and the output the note shows for it.
pub struct Block {
    /// 1-based position among the python blocks.
    pub index: usize,
    /// Line of the opening ```python fence in the note (1-based).
    pub line: usize,
    pub source: String,
    pub expected: Option<String>,
    /// Where the shown output's text sits in the note, for rewriting it.
    pub expected_at: Option<Span>,
}

/// The text lines of a fenced block: lines `first..end` (0-based) of the
/// note, indented by `indent` spaces (the fence's own indentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub first: usize,
    pub end: usize,
    pub indent: usize,
}

/// A fenced block: its info string's first word, the fence's line (1-based), its text.
struct Fence {
    lang: String,
    line: usize,
    body: String,
    span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Match,
    Differ,
    Raised,
    NoOutput,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Match => "match",
            Status::Differ => "differ",
            Status::Raised => "raised",
            Status::NoOutput => "no_output",
        }
    }
}

/// What running one block gave.
pub struct BlockReport {
    pub block: Block,
    pub status: Status,
    pub actual: String,
    /// The traceback or syntax error report, if the block raised.
    pub error: Option<String>,
    /// Warnings (`FILE:LINE: RuntimeWarning: ...`) the block emitted.
    pub warnings: Vec<String>,
    pub hint: Option<String>,
}

/// The fenced blocks of a Markdown text.
fn fences(text: &str) -> Vec<Fence> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let Some(ch) = trimmed.chars().next().filter(|c| *c == '`' || *c == '~') else { continue };
        let width = trimmed.chars().take_while(|c| *c == ch).count();
        let info = &trimmed[width..];
        if width < 3 || (ch == '`' && info.contains('`')) {
            continue;
        }
        let lang = info.split_whitespace().next().unwrap_or("").trim_start_matches('{').trim_start_matches('.').to_ascii_lowercase();
        let mut body = String::new();
        let mut end = i + 1;
        for (j, l) in lines.by_ref() {
            end = j + 1;
            let t = l.trim_start();
            if t.chars().take_while(|c| *c == ch).count() >= width && t.trim_start_matches(ch).trim().is_empty() {
                end = j;
                break;
            }
            // strip up to the fence's own indentation, as CommonMark does
            let strip = l.len() - l.trim_start_matches(' ').len();
            body.push_str(&l[strip.min(indent)..]);
            body.push('\n');
        }
        out.push(Fence { lang, line: i + 1, body, span: Span { first: i + 1, end, indent } });
    }
    out
}

/// The python blocks of a note, each with the output block shown after it.
pub fn extract_blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for Fence { lang, line, body, span } in fences(text) {
        match lang.as_str() {
            "python" | "py" | "python3" => blocks.push(Block { index: blocks.len() + 1, line, source: body, expected: None, expected_at: None }),
            "" | "text" | "console" | "output" => {
                if let Some(last) = blocks.last_mut()
                    && last.expected.is_none()
                {
                    last.expected = Some(body);
                    last.expected_at = Some(span);
                }
            }
            _ => {}
        }
    }
    blocks
}

/// Equal, ignoring a single trailing newline difference.
fn same_output(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('\n') == Some(b) || b.strip_suffix('\n') == Some(a)
}

/// A line diff of `shown` against `actual`: every line, marked ` `, `-` or `+`.
pub fn line_diff(shown: &str, actual: &str) -> String {
    crate::diff::full(shown, actual, "shown", "actual")
}

/// The last line number the traceback gives for a frame in `filename`.
fn failing_line(error: &str, filename: &str) -> Option<usize> {
    let marker = format!("File \"{filename}\", line ");
    let at = error.rfind(&marker)? + marker.len();
    error[at..].chars().take_while(char::is_ascii_digit).collect::<String>().parse().ok()
}

/// The name of the function called as the argument of a coroutine runner or of `await` on `line`.
fn called_name(line: &str) -> Option<String> {
    for marker in ["run_until_complete(", "asyncio.run(", "create_task(", "ensure_future(", "wait_for(", "gather(", "await "] {
        let Some(at) = line.find(marker) else { continue };
        let rest = line[at + marker.len()..].trim_start();
        let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.').collect();
        let name = path.rsplit('.').next().unwrap_or("");
        if !name.is_empty() && rest[path.len()..].trim_start().starts_with('(') {
            return Some(name.to_string());
        }
    }
    None
}

/// A hint for a classic coroutine mistake, from the error text and the note.
pub fn hint_for(error: &str, note: &str, filename: &str) -> Option<String> {
    if error.contains("An asyncio.Future, a coroutine or an awaitable is required") || error.contains("a coroutine was expected, got") {
        let name = failing_line(error, filename).and_then(|n| note.lines().nth(n.checked_sub(1)?)).and_then(called_name);
        return Some(match name {
            Some(n) => format!("hint: `{n}` is a plain function; define it with `async def {n}(...)` to make a coroutine"),
            None => "hint: the function you called is a plain function; define it with `async def` to make a coroutine".into(),
        });
    }
    if error.contains("can't send non-None value to a just-started generator") {
        return Some("hint: prime the generator first with next(gen) or gen.send(None)".into());
    }
    if error.contains("'await' outside async function") || error.contains("'await' outside function") {
        return Some("hint: `await` only works inside `async def`".into());
    }
    if error.contains("can't be used in 'await' expression") {
        return Some("hint: await a coroutine or a Future (did you forget `async` on the function you call?)".into());
    }
    None
}

/// Under a block that awaits at the top level: it ran, as in the tikitaka
/// REPL, but a CPython script cannot do that.
const TOP_LEVEL_AWAIT_NOTE: &str = "note: this block awaits at the top level; it ran on the note's event loop, as in the tikitaka REPL \
     (CPython allows that only in `python -m asyncio` or Jupyter; a script needs `asyncio.run(...)`)";

/// Shown even when the block's output matches: the output may be right while
/// the timing is not (other tasks stand still during the sleep).
fn blocking_sleep_hint(sleep: &crate::builtins::time::BlockingSleep) -> String {
    format!(
        "hint: time.sleep() on line {} blocks the event loop while coroutine `{}` runs (no other task can run meanwhile); use `await asyncio.sleep(...)` instead",
        sleep.line, sleep.coroutine
    )
}

/// Runs the python blocks of `note` in one session, `filename` naming the note in tracebacks.
pub fn check_note(note: &str, filename: &str) -> Vec<BlockReport> {
    check_note_in(&mut Session::new(vec![filename.to_string()]), note, filename)
}

/// `check_note` in a session set up by the caller (the test runner's captures and limits).
pub fn check_note_in(session: &mut Session, note: &str, filename: &str) -> Vec<BlockReport> {
    let mut reports = Vec::new();
    for block in extract_blocks(note) {
        // blank lines before the code so traceback line numbers are the note's
        let src = format!("{}{}", "\n".repeat(block.line), block.source);
        let seen = session.vm.warned.len();
        crate::builtins::time::take_blocking_sleeps();
        // (a panic is caught only where it unwinds: in tests; the release
        // binary aborts on one, see `panic` in Cargo.toml)
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| session.run(&src, filename)));
        let (actual, error, awaited) = match result {
            Ok(r) => (r.stdout, r.error, r.awaited),
            Err(_) => (String::new(), Some("tikitaka internal error: the interpreter panicked on this block\n".to_string()), false),
        };
        let warnings: Vec<String> = session.vm.warned.get(seen..).unwrap_or(&[]).iter().map(|k| k.replacen('\0', ": RuntimeWarning: ", 1)).collect();
        let mut hint = error.as_deref().and_then(|e| hint_for(e, note, filename));
        if hint.is_none() && warnings.iter().any(|w| w.contains("was never awaited")) {
            hint = Some("hint: calling an `async def` function only creates a coroutine; `await` it or pass it to asyncio.run()".into());
        }
        if let Some(sleep) = crate::builtins::time::take_blocking_sleeps().first()
            && hint.is_none()
        {
            hint = Some(blocking_sleep_hint(sleep));
        }
        if awaited && hint.is_none() {
            hint = Some(TOP_LEVEL_AWAIT_NOTE.into());
        }
        let status = match (&error, &block.expected) {
            (Some(_), _) => Status::Raised,
            (None, None) => Status::NoOutput,
            (None, Some(shown)) if same_output(shown, &actual) => Status::Match,
            (None, Some(_)) => Status::Differ,
        };
        reports.push(BlockReport { block, status, actual, error, warnings, hint });
    }
    reports
}

fn indent(text: &str, by: &str) -> String {
    text.lines().map(|l| format!("{by}{l}\n")).collect()
}

/// The text report: one entry per block, then the summary line.
pub fn text_report(reports: &[BlockReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let _ = write!(out, "block {} (line {}): ", r.block.index, r.block.line);
        match (r.status, &r.error) {
            (Status::Match, _) => out.push_str("✓\n"),
            (Status::Differ, _) => {
                out.push_str("✗\n");
                out.push_str(&indent(&line_diff(r.block.expected.as_deref().unwrap_or(""), &r.actual), "    "));
            }
            (Status::NoOutput, _) if r.actual.is_empty() => out.push_str("no output shown (it printed nothing)\n"),
            (Status::NoOutput, _) => out.push_str(&format!("no output shown; it printed:\n{}", indent(&r.actual, "    "))),
            (Status::Raised, error) => {
                let error = error.as_deref().unwrap_or("");
                let last = error.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("an exception");
                let _ = writeln!(out, "✗ raised {}", last.trim());
                if !r.actual.is_empty() {
                    out.push_str(&format!("  printed:\n{}", indent(&r.actual, "    ")));
                }
                out.push_str(&format!("  traceback:\n{}", indent(error, "    ")));
            }
        }
        for w in &r.warnings {
            let _ = writeln!(out, "  {w}");
        }
        if let Some(h) = &r.hint {
            let _ = writeln!(out, "  {h}");
        }
    }
    out.push_str(&summary_line(reports));
    out.push('\n');
    out
}

fn count(reports: &[BlockReport], s: Status) -> usize {
    reports.iter().filter(|r| r.status == s).count()
}

/// `N blocks: P match, F differ, E raised, U without shown output`
pub fn summary_line(reports: &[BlockReport]) -> String {
    let c = |s| count(reports, s);
    format!(
        "{} blocks: {} match, {} differ, {} raised, {} without shown output",
        reports.len(),
        c(Status::Match),
        c(Status::Differ),
        c(Status::Raised),
        c(Status::NoOutput)
    )
}

/// 0 when no block differs or raises, 1 otherwise.
pub fn exit_code(reports: &[BlockReport]) -> i32 {
    if reports.iter().any(|r| matches!(r.status, Status::Differ | Status::Raised)) { 1 } else { 0 }
}

/// `s` as a JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_string(), json_str)
}

/// The JSON report: `{"file", "blocks": [...], "summary": {...}}` on one line.
pub fn json_report(file: &str, reports: &[BlockReport]) -> String {
    let blocks: Vec<String> = reports
        .iter()
        .map(|r| {
            let warnings: Vec<String> = r.warnings.iter().map(|w| json_str(w)).collect();
            format!(
                "{{\"index\":{},\"line\":{},\"status\":\"{}\",\"expected\":{},\"actual\":{},\"error\":{},\"hint\":{},\"warnings\":[{}]}}",
                r.block.index,
                r.block.line,
                r.status.name(),
                json_opt(r.block.expected.as_deref()),
                json_str(&r.actual),
                json_opt(r.error.as_deref()),
                json_opt(r.hint.as_deref()),
                warnings.join(",")
            )
        })
        .collect();
    format!(
        "{{\"file\":{},\"blocks\":[{}],\"summary\":{{\"blocks\":{},\"match\":{},\"differ\":{},\"raised\":{},\"no_output\":{},\"exit_code\":{}}}}}\n",
        json_str(file),
        blocks.join(","),
        reports.len(),
        count(reports, Status::Match),
        count(reports, Status::Differ),
        count(reports, Status::Raised),
        count(reports, Status::NoOutput),
        exit_code(reports)
    )
}

/// `tikitaka notes [--json] FILE`: writes the report to `out` and returns the
/// exit code (0 all good, 1 a block differs or raises, 2 the note is unreadable).
pub fn run_notes(path: &Path, json: bool, out: &mut dyn Write) -> i32 {
    let file = path.display().to_string();
    let text = match std::fs::read(path) {
        Err(e) => Err(format!("tikitaka notes: cannot read {file}: {e}")),
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|e| format!("tikitaka notes: {file} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())),
    };
    let (report, code) = match text {
        Err(msg) if json => (format!("{{\"file\":{},\"error\":{}}}\n", json_str(&file), json_str(&msg)), 2),
        Err(msg) => (format!("{msg}\n"), 2),
        Ok(note) => {
            let reports = check_note(note.strip_prefix('\u{feff}').unwrap_or(&note), &file);
            (if json { json_report(&file, &reports) } else { text_report(&reports) }, exit_code(&reports))
        }
    };
    let _ = out.write_all(report.as_bytes());
    let _ = out.flush();
    code
}
