//! `tikitaka test`, run as a command on the fixtures in
//! tests/fixtures/testrunner/ (see the README.md there): the report text,
//! the summary line and the exit code for passing, failing, hanging, stuck,
//! flooding and malformed tests; `--json`, `--junit`, `-k`, `--list`;
//! `--bless` and `--bless-from python3` on temporary copies; `--against`.
//! Tests that need `python3` print a message and pass when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const FIX: &str = "tests/fixtures/testrunner";

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
    took: Duration,
}

/// Runs `tikitaka test ARGS…` in `dir` (the package root by default).
fn tikitaka_test_in(dir: &Path, args: &[&str]) -> Run {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_tikitaka")).arg("test").args(args).current_dir(dir).output().expect("start tikitaka");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
        took: start.elapsed(),
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn tikitaka_test(args: &[&str]) -> Run {
    tikitaka_test_in(root(), args)
}

fn last_line(text: &str) -> &str {
    text.lines().last().unwrap_or("")
}

/// A fresh copy of fixture folders in the temp directory.
fn temp_copy(name: &str, folders: &[&str]) -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("tikitaka-test-{name}-{}-{nanos}", std::process::id()));
    for f in folders {
        copy_dir(&root().join(FIX).join(f), &dir.join(f));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("make temp dir");
    for e in std::fs::read_dir(from).expect("read fixture dir").flatten() {
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).expect("copy fixture");
        }
    }
}

fn read(p: PathBuf) -> String {
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn have_python3() -> bool {
    let found = Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        println!("skipped: python3 is not on PATH");
    }
    found
}

#[test]
fn passing_programs_inline_expectations_and_notes() {
    let r = tikitaka_test(&[&format!("{FIX}/pass"), "-j1"]);
    let expected = ["args.py", "exit_code.py", "hello.py", "inline.py", "inline_error.py", "last_line.py", "lesson.md", "traceback.py"]
        .iter()
        .map(|n| format!("ok {FIX}/pass/{n}\n"))
        .collect::<String>()
        + "8 passed, 0 failed\n";
    assert_eq!(r.stdout, expected, "stderr: {}", r.stderr);
    assert_eq!(r.code, 0);
}

#[test]
fn failing_tests_get_a_line_each_with_unified_diffs() {
    let r = tikitaka_test(&[&format!("{FIX}/fail"), "-j1"]);
    let f = format!("{FIX}/fail");
    let expected = format!(
        "FAIL {f}/inline_wrong.py
FAIL {f}/note_wrong.md
FAIL {f}/wrong_exception.py
FAIL {f}/wrong_exit.py
FAIL {f}/wrong_output.py
FAIL {f}/inline_wrong.py: stdout differs
    --- expected stdout
    +++ actual stdout
    @@ -1,2 +1,2 @@
     2
    -5
    +6
FAIL {f}/note_wrong.md: note blocks differ or raise
    block 1 (line 3): ✗
        --- shown
        +++ actual
        -7
        +6
    1 blocks: 0 match, 1 differ, 0 raised, 0 without shown output
FAIL {f}/wrong_exception.py: last line of stderr differs
    --- expected stderr (last line)
    +++ actual stderr (last line)
    @@ -1,1 +1,1 @@
    -ValueError: invalid literal
    +TypeError: unsupported operand type(s) for +: 'int' and 'str'
    actual stderr:
        Traceback (most recent call last):
          File \"{f}/wrong_exception.py\", line 2, in <module>
            print(int(\"3\") + \"4\")
                  ~~~~~~~~~^~~~~
        TypeError: unsupported operand type(s) for +: 'int' and 'str'
FAIL {f}/wrong_exit.py: exit code 2, expected 0
FAIL {f}/wrong_output.py: stdout differs
    --- expected stdout
    +++ actual stdout
    @@ -1,3 +1,3 @@
     ping
    -pang
    +pong
     ping
0 passed, 5 failed
"
    );
    assert_eq!(r.stdout, expected);
    assert_eq!(r.code, 1);
}

#[test]
fn hanging_programs_time_out_and_the_next_test_still_runs() {
    let r = tikitaka_test(&[&format!("{FIX}/hang"), &format!("{FIX}/pass/hello.py"), "--timeout", "0.3", "-j", "2"]);
    for name in ["asyncio_sleep", "busy_loop", "catch_all", "sleep"] {
        let line = format!("FAIL {FIX}/hang/{name}.py: timed out after 0.3 s\n");
        assert!(r.stdout.contains(&line), "no {line:?} in\n{}", r.stdout);
    }
    assert!(r.stdout.contains(&format!("ok {FIX}/pass/hello.py\n")), "{}", r.stdout);
    // the stop is not a KeyboardInterrupt the program could catch or print
    assert!(!r.stdout.contains("caught") && !r.stdout.contains("KeyboardInterrupt"), "{}", r.stdout);
    assert_eq!(last_line(&r.stdout), "1 passed, 4 failed");
    assert_eq!(r.code, 1);
    // the sleeps (60 s each) were cut short
    assert!(r.took < Duration::from_secs(20), "took {:?}", r.took);
}

#[test]
fn a_program_stuck_in_native_code_is_abandoned() {
    let r = tikitaka_test(&[&format!("{FIX}/stuck"), &format!("{FIX}/pass/hello.py"), "--timeout", "0.3", "-j1"]);
    assert!(
        r.stdout.contains(&format!(
            "FAIL {FIX}/stuck/native.py: timed out after 0.3 s (the interpreter could not be stopped; its thread was abandoned)\n"
        )),
        "{}",
        r.stdout
    );
    assert_eq!(last_line(&r.stdout), "1 passed, 1 failed");
    assert_eq!(r.code, 1);
    assert!(r.took < Duration::from_secs(20), "took {:?}", r.took);
}

#[test]
fn bad_input_gets_clear_messages() {
    let b = format!("{FIX}/bad");
    let r = tikitaka_test(&[&b, &format!("{b}/no_python.md"), &format!("{FIX}/no_such_dir"), "-j1"]);
    let details: Vec<&str> = r.stdout.lines().filter(|l| l.contains(": ")).collect();
    assert_eq!(
        details,
        [
            format!("FAIL {b}/bad_rc.py: bad_rc.rc does not hold an exit code: \"three\""),
            format!("FAIL {b}/both.py: both expected files and `# expect:` comments; keep one of the two"),
            format!("FAIL {b}/latin1.py: cannot read the program: not UTF-8 text (invalid byte at offset 31)"),
            format!("FAIL {b}/orphan.out: an expected output file without its program (orphan.py is missing)"),
            format!("FAIL {b}/no_python.md: no ```python blocks in this note (nothing to check)"),
            format!("FAIL {FIX}/no_such_dir: cannot read: No such file or directory"),
        ]
    );
    assert_eq!(last_line(&r.stdout), "0 passed, 6 failed");
    assert_eq!(r.code, 1);
}

#[test]
fn a_flood_of_output_is_cut_off_and_stopped() {
    let r = tikitaka_test(&[&format!("{FIX}/flood")]);
    assert!(
        r.stdout
            .contains(&format!("FAIL {FIX}/flood/flood.py: output flood: more than 10 MB printed; the program was stopped and its output cut off\n")),
        "{}",
        r.stdout
    );
    assert_eq!((last_line(&r.stdout), r.code), ("0 passed, 1 failed", 1));
    // the cut-off output is not dumped into the report
    assert!(r.stdout.len() < 10_000, "{} bytes of report", r.stdout.len());
}

#[test]
fn list_and_k_select_tests_by_path() {
    let r = tikitaka_test(&[FIX, "--list", "-k", "inline"]);
    assert_eq!(r.stdout, format!("{FIX}/fail/inline_wrong.py\n{FIX}/fresh/inline.py\n{FIX}/pass/inline.py\n{FIX}/pass/inline_error.py\n4 test(s)\n"));
    assert_eq!(r.code, 0);
    let r = tikitaka_test(&[FIX, "-k", "pass/hello", "-k", "fail/wrong_exit"]);
    assert_eq!(last_line(&r.stdout), "1 passed, 1 failed");
}

#[test]
fn json_report() {
    let r = tikitaka_test(&[&format!("{FIX}/pass/hello.py"), &format!("{FIX}/fail/wrong_exit.py"), "--json"]);
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    assert!(r.stdout.starts_with(&format!("{{\"tests\":[{{\"path\":\"{FIX}/pass/hello.py\",\"kind\":\"program\",\"status\":\"pass\"")));
    assert!(r.stdout.contains("\"problems\":[{\"kind\":\"exit_code\",\"message\":\"exit code 2, expected 0\",\"expected\":0,\"actual\":2}]"));
    assert!(r.stdout.ends_with("\"summary\":{\"passed\":1,\"failed\":1,\"skipped\":0,\"exit_code\":1}}\n"), "{}", r.stdout);
    assert_eq!(r.code, 1);
}

#[test]
fn junit_report() {
    let dir = temp_copy("junit", &[]);
    std::fs::create_dir_all(&dir).unwrap();
    let xml = dir.join("report.xml");
    let r = tikitaka_test(&[&format!("{FIX}/fail"), &format!("{FIX}/pass/hello.py"), "--junit", xml.to_str().unwrap()]);
    assert_eq!(last_line(&r.stdout), "1 passed, 5 failed");
    let text = read(xml);
    assert!(
        text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tikitaka test\" tests=\"6\" failures=\"5\" skipped=\"0\"")
    );
    let classname = FIX.replace('/', ".");
    assert!(text.contains(&format!("<testcase classname=\"{classname}.pass\" name=\"hello.py\" time=\"")));
    assert!(text.contains("<failure message=\"exit code 2, expected 0\">FAIL "), "{text}");
    assert!(text.contains("-ValueError: invalid literal\n"));
    assert!(text.contains("print(int(&quot;3&quot;) + &quot;4&quot;)"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_2() {
    let r = tikitaka_test(&["--timeout", "0"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("tikitaka test: --timeout needs a positive number of seconds, not 0\nusage: tikitaka test"), "{}", r.stderr);
    let r = tikitaka_test(&["--bless-from", "surely-no-such-interpreter"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (2, "tikitaka test: --bless-from surely-no-such-interpreter: 'surely-no-such-interpreter' is not on PATH\n")
    );
}

#[test]
fn the_current_directory_is_the_default_and_paths_have_no_dot_prefix() {
    let dir = temp_copy("default", &["pass"]);
    let r = tikitaka_test_in(&dir.join("pass"), &["-j1", "-k", "hello"]);
    assert_eq!(r.stdout, "ok hello.py\n1 passed, 0 failed\n");
    let r = tikitaka_test_in(&dir, &["--list", "-k", "last"]);
    assert_eq!(r.stdout, "pass/last_line.py\n1 test(s)\n");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn bless_rewrites_expected_files_and_shows_what_changed() {
    let dir = temp_copy("bless", &["fail", "pass"]);
    let before = tikitaka_test_in(&dir, &["fail"]);
    assert_eq!(last_line(&before.stdout), "0 passed, 5 failed");
    let r = tikitaka_test_in(&dir, &["fail", "--bless", "-j1"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("blessed fail/wrong_output.py:\n  updated fail/wrong_output.out\n    --- old fail/wrong_output.out\n    +++ new fail/wrong_output.out\n    @@ -1,3 +1,3 @@\n     ping\n    -pang\n    +pong\n     ping\n"), "{}", r.stdout);
    assert!(r.stdout.contains("  created fail/wrong_exit.rc\n"), "{}", r.stdout);
    assert_eq!(last_line(&r.stdout), "5 passed, 0 failed");
    // the expected files now hold tikitaka's output, in their own forms
    assert_eq!(read(dir.join("fail/wrong_output.out")), "ping\npong\nping\n");
    assert_eq!(read(dir.join("fail/wrong_exit.rc")), "2\n");
    assert!(!dir.join("fail/wrong_exit.err").exists(), "no empty .err is made");
    assert_eq!(read(dir.join("fail/wrong_exception.err")), "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
    assert_eq!(read(dir.join("fail/inline_wrong.py")), "# one inline expectation is wrong\nprint(1 + 1)  # expect: 2\nprint(2 * 3)  # expect: 6\n");
    assert!(read(dir.join("fail/note_wrong.md")).contains("```\n6\n```\n"));
    let after = tikitaka_test_in(&dir, &["fail"]);
    assert_eq!((last_line(&after.stdout), after.code), ("5 passed, 0 failed", 0));
    // blessing passing tests changes nothing but the paths in the full traceback
    let r = tikitaka_test_in(&dir, &["pass", "--bless", "-j1", "-k", "hello", "-k", "exit_code", "-k", "inline"]);
    assert_eq!(r.stdout, "ok pass/exit_code.py\nok pass/hello.py\nok pass/inline.py\nok pass/inline_error.py\n4 passed, 0 failed\n");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn bless_from_python3_writes_cpythons_output() {
    if !have_python3() {
        return;
    }
    let dir = temp_copy("bless-from", &["fresh"]);
    let before = tikitaka_test_in(&dir, &["fresh"]);
    assert_eq!(last_line(&before.stdout), "0 passed, 1 failed", "only the stale inline test is a test yet");
    let r = tikitaka_test_in(&dir, &["fresh", "--bless-from", "python3"]);
    assert_eq!((last_line(&r.stdout), r.code), ("4 passed, 0 failed", 0), "{}", r.stdout);
    assert_eq!(read(dir.join("fresh/greet.out")), "hello, Ada\nhello, Grace\n");
    assert_eq!(read(dir.join("fresh/exits.rc")), "4\n");
    // CPython's absolute path is replaced by the path as given
    assert_eq!(
        read(dir.join("fresh/fails.err")),
        "Traceback (most recent call last):\n  File \"fresh/fails.py\", line 3, in <module>\n    raise ValueError(\"bad value\")\nValueError: bad value\n"
    );
    assert_eq!(read(dir.join("fresh/fails.rc")), "1\n");
    assert!(read(dir.join("fresh/inline.py")).contains("print(6 * 7)  # expect: 42\nprint(\"x\" * 3)  # expect: xxx\n"));
    let after = tikitaka_test_in(&dir, &["fresh"]);
    assert_eq!((last_line(&after.stdout), after.code), ("4 passed, 0 failed", 0), "{}", after.stdout);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn against_python3_compares_the_two_interpreters() {
    if !have_python3() {
        return;
    }
    let r = tikitaka_test(&[&format!("{FIX}/pass"), &format!("{FIX}/fail/wrong_output.py"), "--against", "python3", "-j1"]);
    assert!(r.stdout.contains(&format!("skip {FIX}/pass/lesson.md: notes are not run under python3\n")), "{}", r.stdout);
    // without expected files: wrong_output.py prints the same under both
    assert_eq!((last_line(&r.stdout), r.code), ("8 passed, 0 failed, 1 skipped", 0), "{}", r.stdout);
}

#[test]
fn against_a_missing_command_skips_everything_with_a_message() {
    let r = tikitaka_test(&[&format!("{FIX}/pass"), "--against", "surely-no-such-interpreter"]);
    assert!(
        r.stdout
            .starts_with("tikitaka test: --against surely-no-such-interpreter: 'surely-no-such-interpreter' is not on PATH; skipping every test\n")
    );
    assert_eq!((last_line(&r.stdout), r.code), ("0 passed, 0 failed, 8 skipped", 0));
}

#[test]
fn a_dot_per_test_on_a_terminal() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tikitaka"));
    cmd.args(["test", &format!("{FIX}/pass"), &format!("{FIX}/fail/wrong_exit.py"), "-j1"]).current_dir(root());
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn in a pty");
    p.exp_string("........F\r\n").expect("dots");
    p.exp_string(&format!("FAIL {FIX}/fail/wrong_exit.py: exit code 2, expected 0\r\n")).expect("failure line");
    p.exp_string("8 passed, 1 failed\r\n").expect("summary");
}

/// A pending task left by one program is freed by the collector after it
/// (on the same worker thread), cleared, and must not be finalized again
/// inside the next program (it used to look pending again once its
/// attributes were cleared, and the next program's loop failed on it).
#[test]
fn a_program_after_one_that_leaves_a_pending_task() {
    let r = tikitaka_test(&["-j", "1", "scripts/asyncio/asyncio__task_destroyed_pending.py", "scripts/asyncio/asyncio__task_extras.py"]);
    assert_eq!(last_line(&r.stdout), "2 passed, 0 failed", "{}", r.stdout);
    assert_eq!(r.code, 0);
}
