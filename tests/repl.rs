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
    p.send_line("None").expect("send");
    p.send_line("_ * 2").expect("send");
    p.exp_string("6").expect("_ holds the last value");
    p.send_line("def 인사(x):").expect("send");
    p.exp_string("... ").expect("continuation prompt");
    p.send_line("    return f'hello {x}'").expect("send");
    p.exp_string("... ").expect("continuation prompt");
    p.send_line("").expect("send");
    p.exp_string(">>> ").expect("block ends at a blank line");
    p.send_line("인사('kim')").expect("send");
    p.exp_string("'hello kim'").expect("repr echo");
    p.send_line("[1,").expect("send");
    p.exp_string("... ").expect("open bracket continues");
    p.send_line(" 2]").expect("send");
    p.exp_string("[1, 2]").expect("value after continuation");
    p.send_line("1 / 0").expect("send");
    p.exp_string("File \"<stdin>\", line 1, in <module>").expect("traceback");
    p.exp_string("ZeroDivisionError: division by zero").expect("error line");
    p.exp_string(">>> ").expect("session goes on");
    p.send_line("인사(2)").expect("send");
    p.exp_string("'hello 2'").expect("state kept after the error");
    p.send_line("exit()").expect("send");
    p.exp_eof().expect("exit");
}

#[test]
fn ctrl_c_cancels_input_and_interrupts_code() {
    let h = home();
    let mut p = start(&h);
    p.send("x = (1,").expect("send");
    p.send_control('c').expect("ctrl-c");
    p.exp_string("KeyboardInterrupt").expect("input cancelled");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("while True: pass").expect("send");
    p.send_line("").expect("send");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').expect("ctrl-c");
    p.exp_string("KeyboardInterrupt").expect("running code interrupted");
    p.exp_string(">>> ").expect("prompt after interrupt");
    p.send_line("print('still here')").expect("send");
    p.exp_string("still here").expect("session survives");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("Ctrl-D leaves");
}

#[test]
fn await_at_the_prompt_with_a_background_task() {
    let h = home();
    let mut p = start(&h);
    p.send_line("import asyncio").expect("send");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("log = []").expect("send");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("async def worker():").expect("send");
    p.send_line("    for i in range(3):").expect("send");
    p.send_line("        await asyncio.sleep(0.01)").expect("send");
    p.send_line("        log.append(i)").expect("send");
    p.send_line("    return 'done'").expect("send");
    p.send_line("").expect("send");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("t = asyncio.create_task(worker())").expect("send");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("await asyncio.sleep(0.1)").expect("send");
    p.exp_string(">>> ").expect("prompt");
    p.send_line("log, t.done()").expect("send");
    p.exp_string("([0, 1, 2], True)").expect("the task ran while the prompt awaited");
    p.send_line("await t").expect("send");
    p.exp_string("'done'").expect("await a finished task");
    p.send_line("exit()").expect("send");
    p.exp_eof().expect("exit");
}

#[test]
fn history_is_kept_between_sessions() {
    let h = home();
    let mut p = start(&h);
    p.send_line("remembered = 41 + 1").expect("send");
    p.exp_string(">>> ").expect("prompt");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("leave");
    let history = std::fs::read_to_string(h.join(".tikitaka_history")).unwrap_or_default();
    assert!(history.contains("remembered = 41 + 1"), "history file: {history:?}");
    let mut p = start(&h);
    p.send("\x1b[A").expect("arrow up");
    p.send_line("").expect("enter");
    p.send_line("remembered").expect("send");
    p.exp_string("42").expect("the recalled line ran");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("leave");
}
