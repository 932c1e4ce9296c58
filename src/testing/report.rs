//! What `tikitaka test` prints: progress while the tests run (a dot per
//! test on a terminal, a line per test otherwise), then one `FAIL PATH:
//! what differs` line per failing test with unified diffs under it, what
//! `--bless` changed, and last the line `N passed, M failed` (`, K skipped`
//! when some were). `--json` prints one JSON document instead; `--junit`
//! writes JUnit XML for CI systems.

use super::expect::last_line;
use super::verdict::{Change, Outcome, Problem, Status};
use crate::diff::unified;
use crate::notes::json_str;
use std::fmt::Write as _;
use std::time::Duration;

/// How progress is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// A character per test (`.` pass, `F` fail, `s` skip), for a terminal.
    Dots,
    /// A line per test: `ok PATH`, `FAIL PATH`, `skip PATH`, `blessed PATH`.
    Lines,
    /// Nothing (`--json`).
    Quiet,
}

pub const DOTS_PER_LINE: usize = 80;

/// The progress text for the `count`-th (1-based) finished test.
pub fn progress(style: Progress, o: &Outcome, count: usize) -> String {
    match style {
        Progress::Quiet => String::new(),
        Progress::Dots => {
            let c = match o.status {
                Status::Pass => '.',
                Status::Fail => 'F',
                Status::Skip => 's',
            };
            if count.is_multiple_of(DOTS_PER_LINE) { format!("{c}\n") } else { c.to_string() }
        }
        Progress::Lines => {
            let word = match o.status {
                Status::Pass if !o.changes.is_empty() => "blessed",
                Status::Pass => "ok",
                Status::Fail => "FAIL",
                Status::Skip => "skip",
            };
            format!("{word} {}\n", o.path)
        }
    }
}

/// `10 s`, `0.5 s`.
pub fn seconds(d: Duration) -> String {
    format!("{} s", d.as_secs_f64())
}

/// `10 MB`, `512 bytes`.
fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) { format!("{} MB", bytes >> 20) } else { format!("{bytes} bytes") }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// What one problem is, in a few words.
fn headline(p: &Problem, o: &Outcome) -> String {
    let theirs = if o.reference == "expected" { "expected".to_string() } else { format!("{} gave", o.reference) };
    match p {
        Problem::Stdout { .. } => "stdout differs".into(),
        Problem::Stderr { last_line: false, .. } => "stderr differs".into(),
        Problem::Stderr { last_line: true, .. } => "last line of stderr differs".into(),
        Problem::ExitCode { expected, actual } => format!("exit code {actual}, {theirs} {expected}"),
        Problem::TimedOut { after, abandoned, who } => {
            let name = if who == "tikitaka" { String::new() } else { format!("{who} ") };
            let left = if *abandoned { " (the interpreter could not be stopped; its thread was abandoned)" } else { "" };
            format!("{name}timed out after {}{left}", seconds(*after))
        }
        Problem::Flooded { limit, who } => {
            let under = if who == "tikitaka" { String::new() } else { format!(" under {who}") };
            format!("output flood{under}: more than {} printed; the program was stopped and its output cut off", size(*limit))
        }
        Problem::Note { .. } => "note blocks differ or raise".into(),
        Problem::Crashed(m) | Problem::BadInput(m) | Problem::Bless(m) | Problem::Command(m) | Problem::Skipped(m) => m.clone(),
    }
}

/// The diff or report under a problem's headline.
fn details(p: &Problem, o: &Outcome) -> String {
    let (theirs, ours) = if o.reference == "expected" { ("expected", "actual") } else { (o.reference.as_str(), "tikitaka") };
    match p {
        Problem::Stdout { expected, actual } => unified(expected, actual, &format!("{theirs} stdout"), &format!("{ours} stdout"), 3),
        Problem::Stderr { expected, actual, last_line: false } => {
            unified(expected, actual, &format!("{theirs} stderr"), &format!("{ours} stderr"), 3)
        }
        Problem::Stderr { expected, actual, last_line: true } => {
            let mut d = unified(
                expected,
                &format!("{}\n", last_line(actual)),
                &format!("{theirs} stderr (last line)"),
                &format!("{ours} stderr (last line)"),
                0,
            );
            if actual.lines().count() > 1 {
                let _ = write!(d, "{ours} stderr:\n{}", indent(actual));
            }
            d
        }
        Problem::Note { report } => report.clone(),
        _ => String::new(),
    }
}

/// `FAIL PATH: what differs` and the diffs under it (empty for a passing test).
pub fn failure(o: &Outcome) -> String {
    if o.status != Status::Fail {
        return String::new();
    }
    let heads: Vec<String> = o.problems.iter().map(|p| headline(p, o)).collect();
    let mut out = format!("FAIL {}: {}\n", o.path, heads.join("; "));
    for p in &o.problems {
        out.push_str(&indent(&details(p, o)));
    }
    out
}

fn change_text(c: &Change) -> String {
    let verb = match (&c.old, &c.new) {
        (None, _) => "created",
        (_, None) => "removed",
        _ => "updated",
    };
    let (old, new) = (c.old.as_deref().unwrap_or(""), c.new.as_deref().unwrap_or(""));
    if old == new {
        return format!("  {verb} {} (empty)\n", c.file);
    }
    let diff = unified(old, new, &format!("old {}", c.file), &format!("new {}", c.file), 3);
    format!("  {verb} {}\n{}", c.file, indent(&diff))
}

/// The line `N passed, M failed` (and `, K skipped`).
pub fn summary(outcomes: &[Outcome]) -> String {
    let count = |s| outcomes.iter().filter(|o| o.status == s).count();
    let mut line = format!("{} passed, {} failed", count(Status::Pass), count(Status::Fail));
    if count(Status::Skip) > 0 {
        let _ = write!(line, ", {} skipped", count(Status::Skip));
    }
    line
}

/// 0 when nothing failed, 1 otherwise.
pub fn exit_code(outcomes: &[Outcome]) -> i32 {
    i32::from(outcomes.iter().any(|o| o.status == Status::Fail))
}

/// Everything after the progress: failures, blessed changes, skips, the summary line.
pub fn text(outcomes: &[Outcome], show_skips: bool) -> String {
    let mut out = String::new();
    for o in outcomes {
        out.push_str(&failure(o));
    }
    for o in outcomes.iter().filter(|o| o.status == Status::Pass && !o.changes.is_empty()) {
        let _ = writeln!(out, "blessed {}:", o.path);
        for c in &o.changes {
            out.push_str(&change_text(c));
        }
    }
    if show_skips {
        for o in outcomes.iter().filter(|o| o.status == Status::Skip) {
            let why: Vec<String> = o.problems.iter().map(|p| headline(p, o)).collect();
            let _ = writeln!(out, "skip {}: {}", o.path, why.join("; "));
        }
    }
    out.push_str(&summary(outcomes));
    out.push('\n');
    out
}

fn json_problem(p: &Problem, o: &Outcome) -> String {
    let (kind, texts) = match p {
        Problem::Stdout { expected, actual } => ("stdout", Some((expected, actual))),
        Problem::Stderr { expected, actual, .. } => ("stderr", Some((expected, actual))),
        Problem::ExitCode { .. } => ("exit_code", None),
        Problem::TimedOut { .. } => ("timeout", None),
        Problem::Flooded { .. } => ("output_limit", None),
        Problem::Note { .. } => ("note", None),
        Problem::Crashed(_) => ("internal_error", None),
        Problem::BadInput(_) => ("bad_input", None),
        Problem::Bless(_) => ("bless", None),
        Problem::Command(_) => ("command", None),
        Problem::Skipped(_) => ("skipped", None),
    };
    let mut s = format!("{{\"kind\":\"{kind}\",\"message\":{}", json_str(&headline(p, o)));
    match (p, texts) {
        (Problem::ExitCode { expected, actual }, _) => {
            let _ = write!(s, ",\"expected\":{expected},\"actual\":{actual}");
        }
        (Problem::Note { report }, _) => {
            let _ = write!(s, ",\"report\":{}", json_str(report));
        }
        (_, Some((e, a))) => {
            let _ = write!(s, ",\"expected\":{},\"actual\":{}", json_str(e), json_str(a));
        }
        _ => {}
    }
    s.push('}');
    s
}

fn json_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "null".into(), json_str)
}

/// The whole run as one JSON document (one line).
pub fn json(outcomes: &[Outcome]) -> String {
    let tests: Vec<String> = outcomes
        .iter()
        .map(|o| {
            let problems: Vec<String> = o.problems.iter().map(|p| json_problem(p, o)).collect();
            let changes: Vec<String> = o
                .changes
                .iter()
                .map(|c| format!("{{\"file\":{},\"old\":{},\"new\":{}}}", json_str(&c.file), json_opt(c.old.as_deref()), json_opt(c.new.as_deref())))
                .collect();
            format!(
                "{{\"path\":{},\"kind\":\"{}\",\"status\":\"{}\",\"reference\":{},\"duration_ms\":{:.3},\"problems\":[{}],\"changes\":[{}]}}",
                json_str(&o.path),
                o.kind,
                o.status.name(),
                json_str(&o.reference),
                o.duration.as_secs_f64() * 1000.0,
                problems.join(","),
                changes.join(",")
            )
        })
        .collect();
    let count = |s| outcomes.iter().filter(|o| o.status == s).count();
    format!(
        "{{\"tests\":[{}],\"summary\":{{\"passed\":{},\"failed\":{},\"skipped\":{},\"exit_code\":{}}}}}\n",
        tests.join(","),
        count(Status::Pass),
        count(Status::Fail),
        count(Status::Skip),
        exit_code(outcomes)
    )
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // characters XML 1.0 cannot hold at all
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// The run as JUnit XML: one `<testcase>` per test (`classname`: its directory).
pub fn junit(outcomes: &[Outcome], elapsed: Duration) -> String {
    let count = |s| outcomes.iter().filter(|o| o.status == s).count();
    let (tests, failures, skipped) = (outcomes.len(), count(Status::Fail), count(Status::Skip));
    let time = elapsed.as_secs_f64();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"tikitaka test\" tests=\"{tests}\" failures=\"{failures}\" skipped=\"{skipped}\" time=\"{time:.3}\">");
    let _ = writeln!(
        out,
        "  <testsuite name=\"tikitaka test\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{time:.3}\">"
    );
    for o in outcomes {
        let (dir, name) = o.path.rsplit_once('/').unwrap_or((".", &o.path));
        let _ = write!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3}\"",
            xml(&dir.replace('/', ".")),
            xml(name),
            o.duration.as_secs_f64()
        );
        let heads: Vec<String> = o.problems.iter().map(|p| headline(p, o)).collect();
        match o.status {
            Status::Pass => out.push_str("/>\n"),
            Status::Skip => {
                let _ = write!(out, ">\n      <skipped message=\"{}\"/>\n    </testcase>\n", xml(&heads.join("; ")));
            }
            Status::Fail => {
                let _ = write!(out, ">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n", xml(&heads.join("; ")), xml(&failure(o)));
            }
        }
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
