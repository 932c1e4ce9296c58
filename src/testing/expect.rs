//! What a program is expected to print, where that expectation lives, and
//! the comparison of a run against it.
//!
//! Expected files sit beside `NAME.py`: `NAME.out` (stdout, exact),
//! `NAME.err` (stderr: the whole text, or only its last line when the file
//! holds a single line), `NAME.rc` (the exit code; without it 0, or 1 when
//! `NAME.err` gives only a last line), `NAME.err.tikitaka` (replaces
//! `NAME.err`: a documented divergence from CPython) and `NAME.args`
//! (`--trace`/`--virtual-time` and the program's arguments). Inline
//! expectations (`inline.rs`) give the same three things.

use super::exec::Actual;
use super::verdict::Problem;

/// What a program should print and how it should exit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub stdout: String,
    pub stderr: Stderr,
    pub exit_code: i32,
}

/// The expected stderr.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stderr {
    /// The whole text.
    Exact(String),
    /// Only the last non-blank line (e.g. `ZeroDivisionError: division by zero`).
    LastLine(String),
}

/// Where a program's expectation lives: what `--bless` rewrites.
#[derive(Clone, Debug)]
pub enum Source {
    /// `NAME.out`/`.err`/`.rc`; `err_override`: stderr is in `NAME.err.tikitaka`.
    Files {
        err_override: bool,
    },
    Inline(super::inline::Inline),
    /// No expectation yet (`--bless`, `--bless-from`, `--against` only).
    Nothing,
}

/// The last component of a path (messages already name the test's path).
pub fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The text of `NAME.EXT` if that file exists.
pub fn read_beside(base: &str, ext: &str) -> Result<Option<String>, String> {
    let file = format!("{base}.{ext}");
    if !std::path::Path::new(&file).exists() {
        return Ok(None);
    }
    crate::runner::read_source(std::path::Path::new(&file)).map(Some).map_err(|e| format!("cannot read {}: {}", file_name(&file), e.reason()))
}

/// The single line of `text`, if it has exactly one (ignoring its final newline).
pub fn single_line(text: &str) -> Option<&str> {
    let t = text.strip_suffix('\n').unwrap_or(text);
    (!t.is_empty() && !t.contains('\n')).then_some(t)
}

/// The last non-blank line of `text`.
pub fn last_line(text: &str) -> &str {
    text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim_end()
}

/// The expectation given by the expected files of `base` (`None` when there is none).
pub fn from_files(base: &str) -> Result<Option<(Expected, Source)>, String> {
    let out = read_beside(base, "out")?;
    let err_tikitaka = read_beside(base, "err.tikitaka")?;
    let err = read_beside(base, "err")?;
    let rc = read_beside(base, "rc")?;
    if out.is_none() && err.is_none() && err_tikitaka.is_none() && rc.is_none() {
        return Ok(None);
    }
    let err_override = err_tikitaka.is_some();
    let stderr = match err_tikitaka.or(err) {
        Some(text) => match single_line(&text) {
            Some(line) => Stderr::LastLine(line.trim_end().to_string()),
            None => Stderr::Exact(text),
        },
        None => Stderr::Exact(String::new()),
    };
    let exit_code = match rc {
        Some(text) => text.trim().parse().map_err(|_| format!("{}.rc does not hold an exit code: {:?}", file_name(base), text.trim()))?,
        None if matches!(stderr, Stderr::LastLine(_)) => 1,
        None => 0,
    };
    Ok(Some((Expected { stdout: out.unwrap_or_default(), stderr, exit_code }, Source::Files { err_override })))
}

/// Where `actual` differs from `expected`.
pub fn compare(expected: &Expected, actual: &Actual) -> Vec<Problem> {
    let mut problems = Vec::new();
    if actual.stdout != expected.stdout {
        problems.push(Problem::Stdout { expected: expected.stdout.clone(), actual: actual.stdout.clone() });
    }
    match &expected.stderr {
        Stderr::Exact(text) if *text != actual.stderr => {
            problems.push(Problem::Stderr { expected: text.clone(), actual: actual.stderr.clone(), last_line: false });
        }
        Stderr::LastLine(line) if line != last_line(&actual.stderr) => {
            problems.push(Problem::Stderr { expected: format!("{line}\n"), actual: actual.stderr.clone(), last_line: true });
        }
        _ => {}
    }
    if actual.exit_code != expected.exit_code {
        problems.push(Problem::ExitCode { expected: expected.exit_code, actual: actual.exit_code });
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actual(stdout: &str, stderr: &str, exit_code: i32) -> Actual {
        Actual { stdout: stdout.into(), stderr: stderr.into(), exit_code }
    }

    #[test]
    fn a_last_line_expectation_ignores_the_traceback_above_it() {
        let e = Expected { stdout: "a\n".into(), stderr: Stderr::LastLine("ValueError: x".into()), exit_code: 1 };
        assert!(compare(&e, &actual("a\n", "Traceback (most recent call last):\n  ...\nValueError: x\n", 1)).is_empty());
        let p = compare(&e, &actual("a\n", "TypeError: y\n", 1));
        assert!(matches!(&p[..], [Problem::Stderr { last_line: true, .. }]));
    }

    #[test]
    fn stdout_stderr_and_exit_code_are_each_reported() {
        let e = Expected { stdout: "a\n".into(), stderr: Stderr::Exact(String::new()), exit_code: 0 };
        let p = compare(&e, &actual("b\n", "oops\n", 3));
        assert!(matches!(&p[..], [Problem::Stdout { .. }, Problem::Stderr { last_line: false, .. }, Problem::ExitCode { expected: 0, actual: 3 }]));
    }

    #[test]
    fn single_lines_and_last_lines() {
        assert_eq!(single_line("x\n"), Some("x"));
        assert_eq!(single_line("x\ny\n"), None);
        assert_eq!(single_line("\n"), None);
        assert_eq!(last_line("a\nb\n\n"), "b");
    }
}
