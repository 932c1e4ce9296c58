//! Finding and loading the tests under the given paths. Directories are
//! walked recursively in name order (hidden ones, `__pycache__`, `target`
//! and `node_modules` skipped). A test is:
//! - `NAME.py` with expected files beside it (`expect.rs`);
//! - a `.py` file with `# expect:` comments (`inline.rs`);
//! - a Markdown note (`*.md`) with ```python blocks, at least one followed
//!   by an output block (a note named explicitly may be any text file);
//! - with `--bless`, `--bless-from` or `--against`, any other `.py` file.
//!
//! A program named explicitly that has no expectation, an expected file
//! without its program, an unreadable or non-UTF-8 file, or a note without
//! python blocks becomes a test that fails with a message saying so.
//! Tests are named by their path as given (`scripts/x/y.py`, or `y.py` under
//! `.`), which is also the file name their tracebacks show.

use super::expect::{self, Expected, Source};
use super::{Mode, Options, inline};
use std::collections::HashSet;
use std::path::Path;

/// One test, loaded.
#[derive(Clone, Debug)]
pub struct TestCase {
    pub path: String,
    pub kind: Kind,
}

#[derive(Clone, Debug)]
pub enum Kind {
    Program(Program),
    /// A Markdown note's text.
    Note(String),
    /// Bad input: what is wrong.
    Invalid(String),
}

/// A program and what it should print.
#[derive(Clone, Debug)]
pub struct Program {
    pub source: String,
    pub expected: Option<Expected>,
    pub origin: Source,
    /// `sys.argv[1:]` (from `NAME.args`).
    pub args: Vec<String>,
    /// `--trace` / `--virtual-time` in `NAME.args`.
    pub trace: bool,
    pub virtual_time: bool,
}

/// The suffixes of expected files beside `NAME.py` (longest first).
const EXPECTED: [&str; 5] = [".err.tikitaka", ".out", ".err", ".rc", ".args"];

/// Directories never searched.
fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || matches!(name, "__pycache__" | "target" | "node_modules")
}

/// The tests under `paths` (in order, each once) that `opts.filters` select.
pub fn discover(paths: &[String], opts: &Options) -> Vec<TestCase> {
    let bare = opts.mode != Mode::Check;
    let mut out = Vec::new();
    for p in paths {
        explicit(p, bare, &mut out);
    }
    let mut seen = HashSet::new();
    out.retain(|c| seen.insert(c.path.clone()));
    if !opts.filters.is_empty() {
        out.retain(|c| opts.filters.iter().any(|f| c.path.contains(f.as_str())));
    }
    out
}

fn invalid(path: &str, msg: impl Into<String>) -> TestCase {
    TestCase { path: path.to_string(), kind: Kind::Invalid(msg.into()) }
}

/// A path named on the command line.
fn explicit(path: &str, bare: bool, out: &mut Vec<TestCase>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return out.push(invalid(path, format!("cannot read: {}", crate::runner::ReadError::Io(e).reason()))),
    };
    if meta.is_dir() {
        return walk(path, bare, out);
    }
    if path.ends_with(".py") {
        out.extend(program(path, true, bare));
    } else if let Some(stem) = EXPECTED.iter().find_map(|s| path.strip_suffix(s)) {
        let py = format!("{stem}.py");
        if Path::new(&py).is_file() {
            out.extend(program(&py, true, bare));
        } else {
            out.push(orphan(path, &py));
        }
    } else {
        out.extend(note(path, true));
    }
}

fn orphan(path: &str, py: &str) -> TestCase {
    invalid(path, format!("an expected output file without its program ({} is missing)", expect::file_name(py)))
}

/// `dir/name`, or `name` under `.`.
fn join(dir: &str, name: &str) -> String {
    match dir {
        "." | "./" => name.to_string(),
        _ => format!("{}/{name}", dir.trim_end_matches('/')),
    }
}

fn walk(dir: &str, bare: bool, out: &mut Vec<TestCase>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return out.push(invalid(dir, format!("cannot read directory: {e}"))),
    };
    let mut dirs = Vec::new();
    let mut files = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        // follow symlinks to files, not to directories (no cycles)
        match e.file_type() {
            Ok(t) if t.is_dir() => dirs.push(name),
            Ok(t) if t.is_symlink() && e.path().is_dir() => {}
            Ok(_) => files.push(name),
            Err(_) => {}
        }
    }
    files.sort();
    dirs.sort();
    let names: HashSet<&str> = files.iter().map(String::as_str).collect();
    for name in &files {
        if name.starts_with('.') {
            continue;
        }
        let path = join(dir, name);
        if name.ends_with(".py") {
            out.extend(program(&path, false, bare));
        } else if name.ends_with(".md") {
            out.extend(note(&path, false));
        } else if let Some(stem) = EXPECTED.iter().find_map(|s| name.strip_suffix(s))
            && !names.contains(format!("{stem}.py").as_str())
        {
            out.push(orphan(&path, &join(dir, &format!("{stem}.py"))));
        }
    }
    for name in dirs.iter().filter(|n| !skipped_dir(n)) {
        walk(&join(dir, name), bare, out);
    }
}

/// `NAME.args`: `--trace` and `--virtual-time`, then the program's arguments.
fn args(text: &str) -> (Vec<String>, bool, bool) {
    let (mut trace, mut virtual_time) = (false, false);
    let mut rest = Vec::new();
    for word in text.split_whitespace() {
        match word {
            "--trace" if rest.is_empty() => trace = true,
            "--virtual-time" if rest.is_empty() => virtual_time = true,
            _ => rest.push(word.to_string()),
        }
    }
    (rest, trace, virtual_time)
}

/// The test for program `path`, `None` when it is not one (not named
/// explicitly, no expectation, and not `bare`).
fn program(path: &str, explicit: bool, bare: bool) -> Option<TestCase> {
    let loaded = (|| {
        let base = &path[..path.len() - 3];
        let source = crate::runner::read_source(Path::new(path)).map_err(|e| format!("cannot read the program: {}", e.reason()))?;
        let files = expect::from_files(base)?;
        let inline = inline::scan(&source)?;
        let (expected, origin) = match (files, inline) {
            (Some(_), Some(_)) => return Err("both expected files and `# expect:` comments; keep one of the two".into()),
            (Some((e, origin)), None) => (Some(e), origin),
            (None, Some(i)) => (Some(i.expected()), Source::Inline(i)),
            (None, None) if bare => (None, Source::Nothing),
            (None, None) if explicit => {
                let name = expect::file_name(base);
                return Err(format!(
                    "no expected output: add {name}.out (and .err, .rc) or `# expect:` comments, or write them with --bless or --bless-from CMD"
                ));
            }
            (None, None) => return Ok(None),
        };
        let (args, trace, virtual_time) = args(&expect::read_beside(base, "args")?.unwrap_or_default());
        Ok(Some(Program { source, expected, origin, args, trace, virtual_time }))
    })();
    match loaded {
        Ok(p) => p.map(|p| TestCase { path: path.to_string(), kind: Kind::Program(p) }),
        Err(msg) => Some(invalid(path, msg)),
    }
}

/// The test for note `path`: one with python blocks and shown output
/// (`explicit`: any note, and an error when it has no python block).
fn note(path: &str, explicit: bool) -> Option<TestCase> {
    let text = match crate::runner::read_source(Path::new(path)) {
        Ok(t) => t,
        Err(e) => return Some(invalid(path, format!("cannot read the note: {}", e.reason()))),
    };
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    let blocks = crate::notes::extract_blocks(&text);
    if explicit && blocks.is_empty() {
        return Some(invalid(path, "no ```python blocks in this note (nothing to check)"));
    }
    if !explicit && !blocks.iter().any(|b| b.expected.is_some()) {
        return None;
    }
    Some(TestCase { path: path.to_string(), kind: Kind::Note(text) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_files_give_options_then_arguments() {
        assert_eq!(args("--trace\n"), (vec![], true, false));
        assert_eq!(args("--virtual-time a --trace"), (vec!["a".to_string(), "--trace".to_string()], false, true));
    }

    #[test]
    fn paths_under_the_current_directory_have_no_dot_prefix() {
        assert_eq!(join(".", "a.py"), "a.py");
        assert_eq!(join("scripts/", "a.py"), "scripts/a.py");
        assert_eq!(join("/", "a.py"), "/a.py");
    }
}
