//! `--bless` and `--bless-from CMD`: writing a test's expectation from an
//! actual run, as `scripts/regen.sh` does for the golden suite. For expected
//! files: `NAME.out` always; the stderr file when something was printed
//! there (else it is removed, unless it is there and empty) — `NAME.err.tikitaka`
//! instead of `NAME.err` when it exists and the run was tikitaka's own, and
//! only the last line when the file held only a last line; `NAME.rc` when
//! the exit code is not 0 (else removed). Inline comments and a note's
//! output blocks are rewritten in place. Only files whose text changes are
//! written; each change is returned so the report can show it.

use super::discover::Program;
use super::exec::Actual;
use super::expect::{self, Source, Stderr};
use super::inline;
use super::verdict::Change;
use crate::notes::{BlockReport, Status};

fn read(file: &str) -> Option<String> {
    std::fs::read_to_string(file).ok()
}

/// Sets `file` to `new` (`None`: removes it) and records the change, if any.
fn set(file: String, new: Option<String>, changes: &mut Vec<Change>) -> Result<(), String> {
    let old = read(&file);
    if old == new {
        return Ok(());
    }
    let r = match &new {
        Some(text) => std::fs::write(&file, text),
        None => std::fs::remove_file(&file),
    };
    r.map_err(|e| format!("cannot write {file}: {e}"))?;
    changes.push(Change { file, old, new });
    Ok(())
}

/// Writes the expectation of program `path` from `actual` (`ours`: tikitaka's own run).
pub fn program(path: &str, p: &Program, actual: &Actual, ours: bool) -> Result<Vec<Change>, String> {
    let mut changes = Vec::new();
    match &p.origin {
        Source::Inline(comments) => {
            let error = (actual.exit_code != 0 || !actual.stderr.is_empty()).then(|| expect::last_line(&actual.stderr));
            let new =
                inline::rewrite(&p.source, comments, &actual.stdout, error).map_err(|e| format!("cannot bless the `# expect:` comments: {e}"))?;
            set(path.to_string(), Some(new), &mut changes)?;
        }
        Source::Files { .. } | Source::Nothing => {
            let base = &path[..path.len() - 3];
            let err_file = match &p.origin {
                Source::Files { err_override: true, .. } if ours => format!("{base}.err.tikitaka"),
                _ => format!("{base}.err"),
            };
            let last_line_only = matches!(p.expected.as_ref().map(|e| &e.stderr), Some(Stderr::LastLine(_)));
            let err = if !actual.stderr.is_empty() {
                Some(if last_line_only { format!("{}\n", expect::last_line(&actual.stderr)) } else { actual.stderr.clone() })
            } else {
                read(&err_file).filter(|t| t.is_empty()) // an empty one stays, none is made
            };
            // without .rc the exit code is 0, or 1 after a one-line .err
            let implied = i32::from(err.as_deref().and_then(expect::single_line).is_some());
            let rc_file = format!("{base}.rc");
            let kept = read(&rc_file).filter(|t| t.trim().parse() == Ok(actual.exit_code));
            let rc = kept.or_else(|| (actual.exit_code != implied).then(|| format!("{}\n", actual.exit_code)));
            set(format!("{base}.out"), Some(actual.stdout.clone()), &mut changes)?;
            set(err_file, err, &mut changes)?;
            set(rc_file, rc, &mut changes)?;
        }
    }
    Ok(changes)
}

/// Rewrites the output blocks of the note at `path` that differ from what its blocks printed.
pub fn note(path: &str, text: &str, reports: &[BlockReport]) -> Result<Vec<Change>, String> {
    if let Some(r) = reports.iter().find(|r| r.status == Status::Raised) {
        return Err(format!("block {} (line {}) raises, so its output cannot be blessed; fix the block first", r.block.index, r.block.line));
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in reports.iter().filter(|r| r.status == Status::Differ) {
        let Some(span) = r.block.expected_at else { continue };
        out.extend(lines[at..span.first].iter().copied());
        let pad = " ".repeat(span.indent);
        for l in r.actual.lines() {
            out.push_str(&format!("{pad}{l}\n"));
        }
        at = span.end;
    }
    out.extend(lines[at..].iter().copied());
    let mut changes = Vec::new();
    if out != text {
        set(path.to_string(), Some(out), &mut changes)?;
    }
    Ok(changes)
}
