//! Golden tests: every `scripts/**/NAME.py` with a `NAME.out` is one test
//! (build.rs lists them). Each runs through the library of `tikitaka test`
//! (`tikitaka::testing::run_one`): a fresh interpreter on a worker thread of
//! this process, as `tikitaka [--trace] scripts/AREA/NAME.py` would run it,
//! its stdout, stderr and exit code compared with the expected files
//! produced by CPython 3.11 (`scripts/regen.sh`). A `NAME.err.tikitaka`
//! file, when present, replaces `NAME.err`: it records an intentional
//! divergence listed in DIVERGENCES.md; `NAME.args` gives options such as
//! `--trace`. Cargo runs this from the package root, so the paths are the
//! relative ones the expected tracebacks show.

#![allow(non_snake_case)] // test names keep the scripts' `area__feature` names

use tikitaka::testing::{Options, Status, report, run_one};

pub fn run_golden(script: &str) {
    // (programs run in this process: `sys.executable` is the tikitaka binary)
    tikitaka::builtins::modules::set_executable(env!("CARGO_BIN_EXE_tikitaka"));
    let outcome = run_one(script, &Options { jobs: 1, ..Options::default() });
    assert!(outcome.status == Status::Pass, "{script} differs from CPython's output:\n{}", report::failure(&outcome));
}

include!(concat!(env!("OUT_DIR"), "/golden_tests.rs"));
