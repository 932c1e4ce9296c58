//! `tikitaka test`: a golden-output test runner for folders of programs and
//! notes, also the engine of the project's own golden suite (`tests/golden.rs`).
//!
//! The flow, one concept per file:
//! - `discover.rs` walks the paths and loads each test: a program with
//!   expected files (`NAME.out`/`.err`/`.rc`/`.args`), a program with inline
//!   `# expect:` comments (`inline.rs`), or a Markdown note; bad input becomes
//!   a test case that fails with a clear message.
//! - `expect.rs` holds what a program should print and compares a run with it.
//! - `exec.rs` runs one program or note in a fresh interpreter on the
//!   current thread, capturing stdout and stderr (`external.rs` does the same
//!   with another interpreter's process, for `--bless-from` and `--against`).
//! - `pool.rs` spreads the tests over worker threads, stops a test at its
//!   timeout and abandons a thread that cannot be stopped.
//! - `verdict.rs` turns a run into an `Outcome`; `bless.rs` rewrites expected
//!   files; `report.rs` prints progress, failures, the summary, JSON and JUnit.
//! - `cli.rs` parses the command line and ties the steps together.

pub mod bless;
pub mod cli;
pub mod discover;
pub mod exec;
pub mod expect;
pub mod external;
pub mod inline;
pub mod pool;
pub mod report;
pub mod verdict;

use std::time::Duration;

pub use verdict::{Outcome, Status};

/// Captured stdout or stderr beyond this many bytes stops the program.
pub const OUTPUT_LIMIT: usize = 10 * 1024 * 1024;

/// What the runner does with each test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Compare tikitaka's output with the expected output.
    Check,
    /// Rewrite the expected output from tikitaka's own output.
    Bless,
    /// Write the expected output from another interpreter's output.
    BlessFrom(external::Command),
    /// Run under tikitaka and another interpreter and compare the two.
    Against(external::Command),
}

/// The settings of a test run.
#[derive(Clone, Debug)]
pub struct Options {
    pub mode: Mode,
    /// Worker threads.
    pub jobs: usize,
    /// Per test (per interpreter run).
    pub timeout: Duration,
    /// Passed to every interpreter (`Vm::virtual_time`).
    pub virtual_time: bool,
    /// Run only tests whose path contains one of these.
    pub filters: Vec<String>,
    pub output_limit: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            mode: Mode::Check,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            timeout: Duration::from_secs(10),
            virtual_time: false,
            filters: Vec::new(),
            output_limit: OUTPUT_LIMIT,
        }
    }
}

/// Runs the one test at `path` (a program or a note, named as given) in a
/// fresh interpreter on a worker thread, as `tikitaka test PATH` would.
pub fn run_one(path: &str, opts: &Options) -> Outcome {
    let cases = discover::discover(&[path.to_string()], opts);
    let mut outcomes = run_cases(cases, opts, |_| {});
    match outcomes.len() {
        1 => outcomes.remove(0),
        n => verdict::bad_input(path, &format!("expected one test here, found {n}")),
    }
}

/// Runs `cases` on `opts.jobs` worker threads; `progress` sees each outcome
/// as it arrives. The outcomes come back in the order of `cases`.
pub fn run_cases(cases: Vec<discover::TestCase>, opts: &Options, progress: impl FnMut(&Outcome)) -> Vec<Outcome> {
    let runs = if matches!(opts.mode, Mode::Against(_)) { 2 } else { 1 };
    let limits = pool::Limits { soft: opts.timeout, hard: opts.timeout * runs + Duration::from_secs(1) };
    let worker_opts = opts.clone();
    let work = move |case: &discover::TestCase, signal: &std::sync::Arc<crate::vm::signal::Signal>| verdict::run_case(case, &worker_opts, signal);
    let timeout = opts.timeout;
    pool::run(cases, opts.jobs, limits, work, |case, why| verdict::abandoned(case, timeout, why), progress)
}
