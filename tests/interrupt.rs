//! Ctrl-C while `asyncio.run` waits: as in CPython, the first SIGINT cancels
//! the main task (its `finally` and the other tasks' cleanup run), then
//! `KeyboardInterrupt` is raised from the `CancelledError` and the exit code
//! is 130. The signal is sent with `kill -INT` to a real child process.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const PROGRAM: &str = r#"import asyncio
async def other():
    try:
        await asyncio.sleep(100)
    finally:
        print("other cleaned up")
async def main():
    t = asyncio.create_task(other())
    try:
        print("running", flush=True)
        await asyncio.sleep(100)
    finally:
        print("main finally")
asyncio.run(main())
"#;

#[test]
fn ctrl_c_cancels_the_main_task_then_raises_keyboard_interrupt() {
    let dir = std::env::temp_dir().join(format!("tikitaka-sigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("sigint.py");
    std::fs::write(&script, PROGRAM).expect("script written");
    let mut child =
        Command::new(env!("CARGO_BIN_EXE_tikitaka")).arg(&script).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("tikitaka starts");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("first line");
    assert_eq!(first, "running\n");
    let killed = Command::new("kill").arg("-INT").arg(child.id().to_string()).status().expect("kill runs");
    assert!(killed.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("rest of stdout");
    let output = child.wait_with_output().expect("tikitaka ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(rest, "main finally\nother cleaned up\n");
    assert!(stderr.contains("asyncio.exceptions.CancelledError\n"), "{stderr}");
    assert!(stderr.contains("During handling of the above exception, another exception occurred:"), "{stderr}");
    assert!(stderr.ends_with("KeyboardInterrupt\n"), "{stderr}");
    assert_eq!(output.status.code(), Some(130));
    let _ = std::fs::remove_dir_all(&dir);
}
