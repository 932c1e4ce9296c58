//! `tikitaka notes`: runs the ```python blocks of a Markdown note in one
//! session and checks each block's output against the output the note shows.
//! Fixtures are in tests/fixtures/notes/; the last tests run the seed note.

use std::path::{Path, PathBuf};
use tikitaka::notes::{Status, check_note, extract_blocks, json_str, line_diff, run_notes};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notes").join(name)
}

/// Runs `tikitaka notes` on `path`; returns (report with the path replaced by NOTE, exit code).
/// (The fixture paths have no characters JSON escapes.)
fn notes(path: &Path, json: bool) -> (String, i32) {
    let mut out = Vec::new();
    let code = run_notes(path, json, &mut out);
    let text = String::from_utf8(out).expect("the report is UTF-8");
    (text.replace(&path.display().to_string(), "NOTE"), code)
}

#[test]
fn all_blocks_match_and_later_blocks_see_earlier_definitions() {
    let (report, code) = notes(&fixture("all_match.md"), false);
    assert_eq!(
        report,
        "block 1 (line 5): ✓\nblock 2 (line 25): ✓\nblock 3 (line 41): ✓\n3 blocks: 3 match, 0 differ, 0 raised, 0 without shown output\n"
    );
    assert_eq!(code, 0);
}

#[test]
fn a_differing_block_shows_a_unified_diff() {
    let (report, code) = notes(&fixture("differ.md"), false);
    assert_eq!(
        report,
        "block 1 (line 3): ✗\n    --- shown\n    +++ actual\n     ping\n    -pang\n    +pong\n     ping\n\
         block 2 (line 14): ✓\n2 blocks: 1 match, 1 differ, 0 raised, 0 without shown output\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_raising_block_shows_its_traceback_with_note_line_numbers_and_the_session_goes_on() {
    let (report, code) = notes(&fixture("raises.md"), false);
    let expected = "\
block 1 (line 3): ✗ raised ZeroDivisionError: division by zero
  printed:
    before
  traceback:
    Traceback (most recent call last):
      File \"NOTE\", line 8, in <module>
        print(divide(1, 0))
              ^^^^^^^^^^^^
      File \"NOTE\", line 5, in divide
        return a / b
               ~~^~~
    ZeroDivisionError: division by zero
block 2 (line 17): ✓
2 blocks: 1 match, 0 differ, 1 raised, 0 without shown output
";
    assert_eq!(report, expected);
    // line 8 of the note is the failing call, line 5 the division
    let note = std::fs::read_to_string(fixture("raises.md")).expect("fixture");
    assert_eq!(note.lines().nth(7), Some("print(divide(1, 0))"));
    assert_eq!(note.lines().nth(4), Some("    return a / b"));
    assert_eq!(code, 1);
}

#[test]
fn blocks_without_shown_output_show_what_they_printed() {
    let (report, code) = notes(&fixture("no_output.md"), false);
    assert_eq!(
        report,
        "block 1 (line 3): no output shown (it printed nothing)\nblock 2 (line 7): no output shown; it printed:\n    42\n\
         block 3 (line 16): ✓\n3 blocks: 1 match, 0 differ, 0 raised, 2 without shown output\n"
    );
    assert_eq!(code, 0, "blocks without shown output do not fail the note");
}

#[test]
fn sending_to_a_just_started_generator_gets_the_priming_hint() {
    let (report, code) = notes(&fixture("generator_mistake.md"), false);
    let expected = "\
block 1 (line 3): ✗ raised TypeError: can't send non-None value to a just-started generator
  traceback:
    Traceback (most recent call last):
      File \"NOTE\", line 11, in <module>
        acc.send(5)
    TypeError: can't send non-None value to a just-started generator
  hint: prime the generator first with next(gen) or gen.send(None)
block 2 (line 18): ✓
2 blocks: 1 match, 0 differ, 1 raised, 0 without shown output
";
    assert_eq!(report, expected);
    assert_eq!(code, 1);
}

#[test]
fn coroutine_mistakes_get_hints() {
    let (report, code) = notes(&fixture("coroutine_mistakes.md"), false);
    assert!(report.contains("block 1 (line 3): ✗ raised TypeError: object NoneType can't be used in 'await' expression\n"), "{report}");
    assert!(report.contains("  hint: await a coroutine or a Future (did you forget `async` on the function you call?)\n"), "{report}");
    assert!(report.contains("File \"NOTE\", line 10, in main\n        await helper()\n"), "{report}");
    assert!(report.contains("block 2 (line 15): ✗ raised SyntaxError: 'await' outside async function\n"), "{report}");
    assert!(report.contains("File \"NOTE\", line 20\n"), "{report}");
    assert!(report.contains("  hint: `await` only works inside `async def`\n"), "{report}");
    assert!(report.contains("block 3 (line 23): ✓\n"), "{report}");
    assert!(report.contains("block 4 (line 34): ✗ raised ValueError: a coroutine was expected, got None\n"), "{report}");
    assert!(report.contains("  hint: `plain` is a plain function; define it with `async def plain(...)` to make a coroutine\n"), "{report}");
    assert!(report.contains("  NOTE:42: RuntimeWarning: coroutine 'greet' was never awaited\n"), "{report}");
    assert!(report.contains("  hint: calling an `async def` function only creates a coroutine"), "{report}");
    assert!(report.ends_with("\n5 blocks: 1 match, 0 differ, 3 raised, 1 without shown output\n"), "{report}");
    assert_eq!(code, 1);
}

#[test]
fn blocking_time_sleep_in_a_coroutine_gets_a_hint_even_when_the_output_matches() {
    let (report, code) = notes(&fixture("blocking_sleep.md"), false);
    let hint = |line: u32, coro: &str| {
        format!(
            "  hint: time.sleep() on line {line} blocks the event loop while coroutine `{coro}` runs (no other task can run meanwhile); use `await asyncio.sleep(...)` instead\n"
        )
    };
    let expected = format!(
        "block 1 (line 5): ✓\n{}block 2 (line 22): no output shown; it printed:\n    done\n{}block 3 (line 35): ✓\n\
         3 blocks: 2 match, 0 differ, 0 raised, 1 without shown output\n",
        hint(10, "slow_greeting"),
        hint(24, "caller")
    );
    assert_eq!(report, expected);
    // a hint alone does not fail the note
    assert_eq!(code, 0);
}

#[test]
fn nasty_blocks_are_reported_and_the_run_goes_on() {
    let (report, code) = notes(&fixture("nasty.md"), false);
    let has = |s: &str| assert!(report.contains(s), "missing {s:?} in:\n{}", &report[..report.len().min(3000)]);
    has("block 1 (line 3): ✗ raised SyntaxError: unterminated string literal (detected at line 4)\n");
    has("block 2 (line 7): ✗ raised RecursionError: maximum recursion depth exceeded\n");
    has("block 3 (line 14): ✗ raised KeyboardInterrupt\n");
    // sys.exit() in a block is reported like any exception; later blocks still run
    has("block 4 (line 18): ✗ raised SystemExit: 3\n  printed:\n    before exit\n");
    // top-level await runs on the note's event loop, with a note saying CPython would refuse it
    has("block 5 (line 24): ✓\n  note: this block awaits at the top level;");
    has(&format!("block 6 (line 34): no output shown; it printed:\n    {}\n", "x".repeat(10 * 1024 * 1024)));
    has("block 7 (line 39): ✓\n");
    assert!(report.ends_with("\n7 blocks: 2 match, 0 differ, 4 raised, 1 without shown output\n"), "{}", &report[report.len().saturating_sub(300)..]);
    assert_eq!(code, 1);
}

#[test]
fn an_empty_note_or_one_without_python_blocks_reports_zero_blocks() {
    let dir = std::env::temp_dir().join(format!("tikitaka-notes-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, text) in [("empty.md", ""), ("prose.md", "# title\n\n```\nan output block with no code before it\n```\n")] {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write note");
        let (report, code) = notes(&path, false);
        assert_eq!(report, "0 blocks: 0 match, 0 differ, 0 raised, 0 without shown output\n", "{name}");
        assert_eq!(code, 0, "{name}");
    }
}

#[test]
fn json_report() {
    let (report, code) = notes(&fixture("differ.md"), true);
    assert_eq!(
        report,
        concat!(
            r#"{"file":"NOTE","blocks":["#,
            r#"{"index":1,"line":3,"status":"differ","expected":"ping\npang\nping\n","actual":"ping\npong\nping\n","error":null,"hint":null,"warnings":[]},"#,
            r#"{"index":2,"line":14,"status":"match","expected":"done\n","actual":"done\n","error":null,"hint":null,"warnings":[]}],"#,
            r#""summary":{"blocks":2,"match":1,"differ":1,"raised":0,"no_output":0,"exit_code":1}}"#,
            "\n"
        )
    );
    assert_eq!(code, 1);
    let (report, _) = notes(&fixture("raises.md"), true);
    assert!(report.contains(r#""status":"raised","expected":"before\n","actual":"before\n","error":"Traceback (most recent call last):\n  File \"NOTE\", line 8, in <module>\n"#), "{report}");
}

#[test]
fn unreadable_or_non_utf8_notes_exit_2_with_one_line() {
    let (report, code) = notes(&fixture("not_utf8.md"), false);
    assert_eq!((report.as_str(), code), ("tikitaka notes: NOTE is not UTF-8 text (invalid byte at offset 24)\n", 2));
    let (report, code) = notes(&fixture("no_such_note.md"), false);
    assert!(report.starts_with("tikitaka notes: cannot read NOTE: ") && report.lines().count() == 1, "{report}");
    assert_eq!(code, 2);
    let (report, code) = notes(&fixture("no_such_note.md"), true);
    assert!(report.starts_with(r#"{"file":"NOTE","error":"tikitaka notes: cannot read "#), "{report}");
    assert_eq!(code, 2);
}

#[test]
fn fences_indented_tilde_crlf_and_unclosed() {
    let note = "- item\n\n  ```python\n  print('a')\n  ```\n  ```\n  a\n  ```\n\r\n~~~Python\r\nprint('b')\r\n~~~\r\n```output\r\nb\r\n```\r\n```py\nprint('c')\n";
    let blocks = extract_blocks(note);
    assert_eq!(blocks.len(), 3);
    assert_eq!((blocks[0].line, blocks[0].source.as_str(), blocks[0].expected.as_deref()), (3, "print('a')\n", Some("a\n")));
    assert_eq!((blocks[1].line, blocks[1].source.as_str(), blocks[1].expected.as_deref()), (10, "print('b')\n", Some("b\n")));
    assert_eq!((blocks[2].line, blocks[2].expected.as_deref()), (16, None));
    let statuses: Vec<Status> = check_note(note, "n.md").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [Status::Match, Status::Match, Status::NoOutput]);
}

#[test]
fn output_comparison_ignores_one_trailing_newline_only() {
    let note = "```python\nprint('x', end='')\n```\n```\nx\n```\n```python\nprint('y')\nprint()\n```\n```\ny\n```\n";
    let statuses: Vec<Status> = check_note(note, "n.md").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [Status::Match, Status::Match]);
    let note = "```python\nprint('y')\nprint()\nprint()\n```\n```\ny\n```\n";
    assert_eq!(check_note(note, "n.md")[0].status, Status::Differ);
}

#[test]
fn line_diff_is_lcs_based() {
    assert_eq!(line_diff("a\nb\nc\nd\n", "a\nc\nd\ne\n"), "--- shown\n+++ actual\n a\n-b\n c\n d\n+e\n");
    assert_eq!(line_diff("", "x\n"), "--- shown\n+++ actual\n+x\n");
    assert_eq!(json_str("a\"\\\n\t\u{1}한"), "\"a\\\"\\\\\\n\\t\\u0001한\"");
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/000_e7584936c0140007.txt")
}

/// The seed note: blocks 1 and 3 show their output and match; blocks 2, 4 and
/// 6 show none (2 sends 10 to the primed coroutine, 4 only defines
/// `native_coroutine`, 6 prints 100); block 5 redefines `native_coroutine` as
/// a plain `def` and passes its result (None) to `run_until_complete`, which
/// prints `네이티브 코루틴 호출` and then raises TypeError at note line 179.
#[test]
fn seed_note_report() {
    let (report, code) = notes(&seed(), false);
    let expected = "\
block 1 (line 39): ✓
block 2 (line 71): no output shown; it printed:
    받아온 값: 10
block 3 (line 79): ✓
block 4 (line 162): no output shown (it printed nothing)
block 5 (line 170): ✗ raised TypeError: An asyncio.Future, a coroutine or an awaitable is required
  printed:
    네이티브 코루틴 호출
  traceback:
    Traceback (most recent call last):
      File \"NOTE\", line 179, in <module>
        loop.run_until_complete(native_coroutine())
    TypeError: An asyncio.Future, a coroutine or an awaitable is required
  hint: `native_coroutine` is a plain function; define it with `async def native_coroutine(...)` to make a coroutine
block 6 (line 215): no output shown; it printed:
    100
6 blocks: 2 match, 0 differ, 1 raised, 3 without shown output
";
    assert_eq!(report, expected);
    assert_eq!(code, 1);
    let note = std::fs::read_to_string(seed()).expect("the seed note is beside the project in ../shared/seed/");
    assert_eq!(note.lines().nth(178), Some("loop.run_until_complete(native_coroutine())"));
    let blocks = extract_blocks(&note);
    assert_eq!(blocks.len(), 6);
    assert!(blocks.iter().all(|b| note.lines().nth(b.line - 1) == Some("```python")));
    assert_eq!(blocks[0].expected.as_deref().map(|e| e.lines().count()), Some(4));
    assert_eq!(blocks[2].expected.as_deref().map(|e| e.lines().count()), Some(8));
}

#[test]
fn seed_note_json() {
    let (report, code) = notes(&seed(), true);
    assert!(report.starts_with(r#"{"file":"NOTE","blocks":[{"index":1,"line":39,"status":"match","#), "{report}");
    assert!(report.contains(r#"{"index":5,"line":170,"status":"raised","expected":"네이티브 코루틴 호출\n","actual":"네이티브 코루틴 호출\n","#));
    assert!(report.ends_with("\"summary\":{\"blocks\":6,\"match\":2,\"differ\":0,\"raised\":1,\"no_output\":3,\"exit_code\":1}}\n"), "{report}");
    assert_eq!(code, 1);
}

/// The example notes under examples/notes/ (one in English, one in Korean):
/// `tikitaka notes examples/notes/NAME.md` must print exactly NAME.report
/// (reviewed by hand) and exit 1 exactly when the report's summary counts a
/// differing or raising block.
#[test]
fn example_notes_match_their_committed_reports() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut notes: Vec<PathBuf> = std::fs::read_dir(root.join("examples/notes"))
        .expect("examples/notes exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    notes.sort();
    assert!(notes.len() >= 2, "the English and the Korean example notes");
    for note in notes {
        let rel = note.strip_prefix(root).expect("under the repository");
        let expected = std::fs::read_to_string(note.with_extension("report")).unwrap_or_else(|e| panic!("{}: no .report: {e}", rel.display()));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tikitaka")).arg("notes").arg(rel).current_dir(root).output().expect("tikitaka runs");
        let report = String::from_utf8(out.stdout).expect("the report is UTF-8");
        assert_eq!(report, expected, "{}", rel.display());
        let summary = expected.lines().last().unwrap_or("");
        let failing = !summary.contains(" 0 differ, 0 raised");
        assert_eq!(out.status.code(), Some(i32::from(failing)), "{}: {summary}", rel.display());
    }
}
