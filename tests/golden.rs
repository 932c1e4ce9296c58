//! Golden tests: every `scripts/**/NAME.py` with a `NAME.out` is run by the
//! tikitaka binary and its stdout, stderr and exit code are compared with the
//! expected files produced by CPython 3.11 (`scripts/regen.sh`). A
//! `NAME.err.tikitaka` file, when present, replaces `NAME.err`: it records
//! an intentional divergence listed in DIVERGENCES.md.

#![allow(non_snake_case)] // test names keep the scripts' `area__feature` names

use std::path::Path;
use std::process::Command;

fn read(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok()
}

fn diff(label: &str, expected: &str, actual: &str) -> String {
    let mut out = format!("--- expected {label}\n+++ actual {label}\n");
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!(" {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("-{x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+{y}\n"));
                }
            }
        }
    }
    out
}

pub fn run_golden(script: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let py = root.join(script);
    // NAME.args: options given before the script (e.g. --trace)
    let extra: Vec<String> = read(&py.with_extension("args")).map(|a| a.split_whitespace().map(String::from).collect()).unwrap_or_default();
    let output = Command::new(env!("CARGO_BIN_EXE_tikitaka")).args(&extra).arg(script).current_dir(root).output().expect("failed to start tikitaka");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected_out = read(&py.with_extension("out")).unwrap_or_default();
    let err_override = py.with_extension("err.tikitaka");
    let expected_err = read(&err_override).or_else(|| read(&py.with_extension("err"))).unwrap_or_default();
    let expected_rc: i32 = read(&py.with_extension("rc")).and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let rc = output.status.code().unwrap_or(-1);
    let mut problems = String::new();
    if stdout != expected_out {
        problems.push_str(&diff("stdout", &expected_out, &stdout));
    }
    if stderr != expected_err {
        problems.push_str(&diff("stderr", &expected_err, &stderr));
    }
    if rc != expected_rc {
        problems.push_str(&format!("exit code: expected {expected_rc}, got {rc}\n"));
    }
    assert!(problems.is_empty(), "{script} differs from CPython's output:\n{problems}");
}

include!(concat!(env!("OUT_DIR"), "/golden_tests.rs"));
