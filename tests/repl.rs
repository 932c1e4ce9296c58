//! Transcript tests of the interactive prompt, driven through a
//! pseudo-terminal: prompts, echo, continuation lines, a traceback followed
//! by more input, Ctrl-C, `await` at the prompt with a background task, and
//! history kept across two sessions.

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

const TIMEOUT_MS: u64 = 20_000;

fn start(home: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tikitaka"));
    cmd.env("HOME", home).env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn tikitaka in a pty");
    p.exp_string("a Python 3.11 subset").expect("banner");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Types one line and waits for the next prompt (`>>> ` or `... `), so that
/// nothing is typed ahead of the line editor.
fn line(p: &mut PtySession, text: &str, next_prompt: &str) {
    p.send_line(text).expect("send");
    p.exp_string(next_prompt).unwrap_or_else(|e| panic!("after {text:?}: {e}"));
}

fn home() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tikitaka-repl-{}-{}", std::process::id(), rand_suffix()));
    std::fs::create_dir_all(&dir).expect("temp home");
    dir
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
}

#[test]
fn echo_continuation_and_tracebacks() {
    let h = home();
    let mut p = start(&h);
    p.send_line("1 + 2").expect("send");
    p.exp_string("3").expect("echo of the value");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "None", ">>> ");
    p.send_line("_ * 2").expect("send");
    p.exp_string("6").expect("_ holds the last value");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "def 인사(x):", "... ");
    line(&mut p, "    return f'hello {x}'", "... ");
    line(&mut p, "", ">>> ");
    p.send_line("인사('kim')").expect("send");
    p.exp_string("'hello kim'").expect("repr echo");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "try:", "... ");
    line(&mut p, "    1 / 0", "... ");
    line(&mut p, "except ZeroDivisionError as e:", "... ");
    line(&mut p, "    print('caught', e)", "... ");
    p.send_line("").expect("send");
    p.exp_string("caught division by zero").expect("a try typed at the prompt runs");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "[1,", "... ");
    p.send_line(" 2]").expect("send");
    p.exp_string("[1, 2]").expect("value after continuation");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("1 / 0").expect("send");
    p.exp_string("File \"<stdin>\", line 1, in <module>").expect("traceback");
    p.exp_string("ZeroDivisionError: division by zero").expect("error line");
    p.exp_string(">>> ").expect("session goes on");
    p.send_line("인사(2)").expect("send");
    p.exp_string("'hello 2'").expect("state kept after the error");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("exit()").expect("send");
    p.exp_eof().expect("exit");
}

#[test]
fn ctrl_c_cancels_input_and_interrupts_code() {
    let h = home();
    let mut p = start(&h);
    line(&mut p, "x = (1,", "... ");
    p.send_control('c').expect("ctrl-c");
    p.exp_string("KeyboardInterrupt").expect("input cancelled");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "while True: pass", "... ");
    p.send_line("").expect("send");
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').expect("ctrl-c");
    p.exp_string("KeyboardInterrupt").expect("running code interrupted");
    p.exp_string(">>> ").expect("prompt after interrupt");
    p.send_line("print('still here')").expect("send");
    p.exp_string("still here").expect("session survives");
    p.exp_string(">>> ").expect("prompt");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("Ctrl-D leaves");
}

#[test]
fn await_at_the_prompt_with_a_background_task() {
    let h = home();
    let mut p = start(&h);
    line(&mut p, "import asyncio", ">>> ");
    line(&mut p, "log = []", ">>> ");
    line(&mut p, "async def worker():", "... ");
    line(&mut p, "    for i in range(3):", "... ");
    line(&mut p, "        await asyncio.sleep(0.01)", "... ");
    line(&mut p, "        log.append(i)", "... ");
    line(&mut p, "    return 'done'", "... ");
    line(&mut p, "", ">>> ");
    line(&mut p, "t = asyncio.create_task(worker())", ">>> ");
    line(&mut p, "await asyncio.sleep(0.1)", ">>> ");
    p.send_line("log, t.done()").expect("send");
    p.exp_string("([0, 1, 2], True)").expect("the task ran while the prompt awaited");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("await t").expect("send");
    p.exp_string("'done'").expect("await a finished task");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("exit()").expect("send");
    p.exp_eof().expect("exit");
}

#[test]
fn history_is_kept_between_sessions() {
    let h = home();
    let mut p = start(&h);
    line(&mut p, "remembered = 41 + 1", ">>> ");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("leave");
    let history = std::fs::read_to_string(h.join(".tikitaka_history")).unwrap_or_default();
    assert!(history.contains("remembered = 41 + 1"), "history file: {history:?}");
    let mut p = start(&h);
    p.send("\x1b[A").expect("arrow up");
    std::thread::sleep(std::time::Duration::from_millis(200));
    line(&mut p, "", ">>> ");
    p.send_line("remembered").expect("send");
    p.exp_string("42").expect("the recalled line ran");
    p.exp_string(">>> ").expect("prompt");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("leave");
}

#[test]
fn nasty_input_never_ends_the_session() {
    use std::io::Write;
    let h = home();
    let mut p = start(&h);
    // bytes that are not UTF-8: a decoding SyntaxError, then the prompt again
    let mut raw = p.process().get_file_handle().expect("pty handle");
    raw.write_all(b"\xff\xfe\n").expect("write raw bytes");
    raw.flush().expect("flush");
    p.exp_string("SyntaxError: (unicode error) 'utf-8' codec can't decode").expect("decoding error reported");
    p.exp_string(">>> ").expect("session goes on");
    p.send_line("s = \"unterminated").expect("send");
    p.exp_string("SyntaxError: unterminated string literal (detected at line 1)").expect("syntax error");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "def down(n): return down(n + 1)", "... ");
    line(&mut p, "", ">>> ");
    p.send_line("down(0)").expect("send");
    p.exp_string("RecursionError: maximum recursion depth exceeded").expect("recursion error");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("raise KeyboardInterrupt").expect("send");
    p.exp_string("\nKeyboardInterrupt").expect("raised KeyboardInterrupt is a traceback");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("print(len('still here'))").expect("send");
    p.exp_string("10").expect("state intact");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("import sys; sys.exit(3)").expect("send");
    p.exp_eof().expect("exit");
    // (rexpect does not re-export nix's WaitStatus: read its Debug form, `Exited(Pid(N), 3)`)
    let status = format!("{:?}", p.process().wait().expect("exit status"));
    assert!(status.starts_with("Exited(") && status.ends_with(", 3)"), "sys.exit(3) should exit with code 3: {status}");
}
