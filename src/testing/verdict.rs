//! One test, start to finish, on a worker thread: run it (under tikitaka,
//! and under the reference command for `--bless-from`/`--against`), compare
//! or bless, and describe the result as an `Outcome` — pass, fail or skip,
//! with the problems found (each rendered by `report.rs`) and the files
//! `--bless` changed.

use super::discover::{Kind, Program, TestCase};
use super::exec::{self, Actual, End, Setup};
use super::expect::{self, Source};
use super::{Mode, Options, bless, external};
use crate::vm::signal::Signal;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    Skip,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

/// Why a test failed or was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Stdout {
        expected: String,
        actual: String,
    },
    /// `last_line`: only the last line of stderr was expected.
    Stderr {
        expected: String,
        actual: String,
        last_line: bool,
    },
    ExitCode {
        expected: i32,
        actual: i32,
    },
    /// `abandoned`: the interpreter did not stop and its thread was left behind.
    TimedOut {
        after: Duration,
        abandoned: bool,
        who: String,
    },
    Flooded {
        limit: usize,
        who: String,
    },
    /// A note's blocks differ or raise: the `tikitaka notes` report.
    Note {
        report: String,
    },
    /// A panic inside tikitaka.
    Crashed(String),
    /// The test itself is malformed (unreadable, not UTF-8, orphaned, …).
    BadInput(String),
    /// `--bless` could not rewrite the expectation.
    Bless(String),
    /// The reference command could not be run.
    Command(String),
    Skipped(String),
}

/// A file `--bless`/`--bless-from` wrote (`new == None`: removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub file: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The result of one test.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub path: String,
    /// `program`, `inline`, `note` or `input` (bad input).
    pub kind: &'static str,
    pub status: Status,
    pub problems: Vec<Problem>,
    /// What tikitaka's output was compared with: `expected`, or the `--against` command.
    pub reference: String,
    pub changes: Vec<Change>,
    pub duration: Duration,
}

impl Outcome {
    fn new(case: &TestCase) -> Outcome {
        let kind = match &case.kind {
            Kind::Program(p) if matches!(p.origin, Source::Inline(_)) => "inline",
            Kind::Program(_) => "program",
            Kind::Note(_) => "note",
            Kind::Invalid(_) => "input",
        };
        Outcome {
            path: case.path.clone(),
            kind,
            status: Status::Pass,
            problems: Vec::new(),
            reference: "expected".into(),
            changes: Vec::new(),
            duration: Duration::ZERO,
        }
    }

    fn fail(mut self, problems: Vec<Problem>) -> Outcome {
        if !problems.is_empty() {
            self.status = Status::Fail;
        }
        self.problems.extend(problems);
        self
    }

    fn skip(mut self, why: &str) -> Outcome {
        self.status = Status::Skip;
        self.problems.push(Problem::Skipped(why.to_string()));
        self
    }
}

/// A test that is only bad input.
pub fn bad_input(path: &str, msg: &str) -> Outcome {
    Outcome::new(&TestCase { path: path.to_string(), kind: Kind::Invalid(msg.to_string()) }).fail(vec![Problem::BadInput(msg.to_string())])
}

/// A test not run, for `why`.
pub fn skipped(case: &TestCase, why: &str) -> Outcome {
    Outcome::new(case).skip(why)
}

/// The outcome of a test whose thread did not come back (`why`: a panic
/// message, or `None` when it outlived its timeout and was abandoned).
pub fn abandoned(case: &TestCase, timeout: Duration, why: Option<String>) -> Outcome {
    let problem = match why {
        Some(msg) => Problem::Crashed(msg),
        None => Problem::TimedOut { after: timeout, abandoned: true, who: "tikitaka".into() },
    };
    Outcome::new(case).fail(vec![problem])
}

/// Runs one test as `opts` says (called on a worker thread).
pub fn run_case(case: &TestCase, opts: &Options, signal: &Arc<Signal>) -> Outcome {
    let started = Instant::now();
    let outcome = Outcome::new(case);
    let mut outcome = match &case.kind {
        Kind::Invalid(msg) => outcome.fail(vec![Problem::BadInput(msg.clone())]),
        Kind::Note(text) => match &opts.mode {
            Mode::BlessFrom(c) | Mode::Against(c) => outcome.skip(&format!("notes are not run under {}", c.display)),
            Mode::Check | Mode::Bless => note(outcome, case, text, opts, signal),
        },
        Kind::Program(p) => program(outcome, case, p, opts, signal),
    };
    outcome.duration = started.elapsed();
    outcome
}

fn setup<'a>(opts: &Options, signal: &'a Arc<Signal>, p: Option<&Program>) -> Setup<'a> {
    let (trace, virtual_time) = p.map_or((false, false), |p| (p.trace, p.virtual_time));
    Setup { signal, output_limit: opts.output_limit, virtual_time: opts.virtual_time || virtual_time, trace }
}

/// A problem for a run that did not finish, if it did not.
fn unfinished(end: End, opts: &Options, who: &str) -> Option<Problem> {
    match end {
        End::Finished => None,
        End::Stopped => Some(Problem::TimedOut { after: opts.timeout, abandoned: false, who: who.into() }),
        End::Flooded => Some(Problem::Flooded { limit: opts.output_limit, who: who.into() }),
    }
}

fn note(outcome: Outcome, case: &TestCase, text: &str, opts: &Options, signal: &Arc<Signal>) -> Outcome {
    let (reports, end) = exec::run_note(text, &case.path, &setup(opts, signal, None));
    if let Some(p) = unfinished(end, opts, "tikitaka") {
        return outcome.fail(vec![p]);
    }
    if opts.mode == Mode::Bless {
        return match bless::note(&case.path, text, &reports) {
            Ok(changes) => Outcome { changes, ..outcome },
            Err(msg) => outcome.fail(vec![Problem::Bless(msg)]),
        };
    }
    if crate::notes::exit_code(&reports) == 0 {
        return outcome;
    }
    outcome.fail(vec![Problem::Note { report: crate::notes::text_report(&reports) }])
}

fn program(mut outcome: Outcome, case: &TestCase, p: &Program, opts: &Options, signal: &Arc<Signal>) -> Outcome {
    let run_tikitaka = || {
        let (actual, end) = exec::run_program(&p.source, &case.path, &p.args, &setup(opts, signal, Some(p)));
        unfinished(end, opts, "tikitaka").map_or(Ok(actual), Err)
    };
    match &opts.mode {
        Mode::Check => match (run_tikitaka(), &p.expected) {
            (Err(problem), _) => outcome.fail(vec![problem]),
            (Ok(actual), Some(expected)) => outcome.fail(expect::compare(expected, &actual)),
            (Ok(_), None) => outcome.fail(vec![Problem::BadInput("no expected output".into())]),
        },
        Mode::Bless => match run_tikitaka() {
            Err(problem) => outcome.fail(vec![problem]),
            Ok(actual) => blessed(outcome, case, p, &actual, true),
        },
        Mode::BlessFrom(cmd) => match reference(cmd, case, p, opts) {
            Err(problem) => outcome.fail(vec![problem]),
            Ok(actual) => blessed(outcome, case, p, &actual, false),
        },
        Mode::Against(cmd) => {
            outcome.reference = cmd.display.clone();
            let ours = run_tikitaka();
            let theirs = reference(cmd, case, p, opts);
            match (ours, theirs) {
                (Err(a), Err(b)) => outcome.fail(vec![a, b]),
                (Err(a), Ok(_)) | (Ok(_), Err(a)) => outcome.fail(vec![a]),
                (Ok(ours), Ok(theirs)) => {
                    let expected =
                        expect::Expected { stdout: theirs.stdout, stderr: expect::Stderr::Exact(theirs.stderr), exit_code: theirs.exit_code };
                    outcome.fail(expect::compare(&expected, &ours))
                }
            }
        }
    }
}

/// The program's output under the reference command.
fn reference(cmd: &external::Command, case: &TestCase, p: &Program, opts: &Options) -> Result<Actual, Problem> {
    let who = cmd.display.clone();
    match external::run(cmd, &case.path, &p.args, opts.timeout, opts.output_limit) {
        Ok((actual, End::Finished)) => Ok(actual),
        Ok((_, end)) => Err(unfinished(end, opts, &who).unwrap_or(Problem::Command(who))),
        Err(msg) => Err(Problem::Command(msg)),
    }
}

fn blessed(outcome: Outcome, case: &TestCase, p: &Program, actual: &Actual, ours: bool) -> Outcome {
    match bless::program(&case.path, p, actual, ours) {
        Ok(changes) => Outcome { changes, ..outcome },
        Err(msg) => outcome.fail(vec![Problem::Bless(msg)]),
    }
}
