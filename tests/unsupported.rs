//! What tikitaka lacks from CPython's standard library is named as such:
//! the exception is CPython's (so `try: import json` and `hasattr` work as
//! there), and its message says that CPython has the module or the name.

use std::process::Command;

/// The last line of stderr and the exit code of `tikitaka -c CODE`.
fn run(code: &str) -> (String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_tikitaka")).args(["-c", code]).output().expect("tikitaka runs");
    let err = String::from_utf8_lossy(&out.stderr);
    (err.lines().last().unwrap_or("").to_string(), out.status.code())
}

#[test]
fn a_missing_standard_module_is_named_as_such() {
    let (line, code) = run("import json");
    assert_eq!(line, "ModuleNotFoundError: No module named 'json' (a module of CPython's standard library that tikitaka does not provide)");
    assert_eq!(code, Some(1));
    // a module CPython lacks too keeps CPython's message
    assert_eq!(run("import numpy").0, "ModuleNotFoundError: No module named 'numpy'");
}

#[test]
fn a_missing_name_of_a_provided_module_is_named_as_such() {
    assert_eq!(
        run("import sys\nsys.getsizeof([])").0,
        "AttributeError: module 'sys' has no attribute 'getsizeof' (tikitaka does not provide sys.getsizeof)"
    );
    assert_eq!(
        run("from asyncio import staggered").0,
        "ImportError: cannot import name 'staggered' from 'asyncio' (unknown location) (tikitaka does not provide asyncio.staggered)"
    );
    // a name CPython lacks too keeps the plain message
    assert_eq!(run("import sys\nsys.nosuchname").0, "AttributeError: module 'sys' has no attribute 'nosuchname'");
}

#[test]
fn programs_that_test_for_a_module_or_a_name_still_run() {
    let out = Command::new(env!("CARGO_BIN_EXE_tikitaka"))
        .args(["-c", "try:\n    import json\nexcept ImportError as e:\n    print('no json')\nimport sys\nprint(hasattr(sys, 'getsizeof'))"])
        .output()
        .expect("tikitaka runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "no json\nFalse\n");
    assert!(out.status.success());
}
