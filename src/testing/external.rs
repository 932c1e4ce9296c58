//! Running a program under another interpreter (`--bless-from python3`,
//! `--against python3`): `CMD [ARGS…] PATH [PROGRAM ARGS…]` from the current
//! directory, stdin empty, with the environment `scripts/regen.sh` uses
//! (`PYTHONHASHSEED=0`, UTF-8 I/O), the same timeout and output limit as an
//! in-process run. CPython prints the script's absolute path in tracebacks
//! and warnings; it is replaced by the path as given, as tikitaka prints it.

use super::exec::{Actual, End};
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A command line given as one string (`python3`, `python3 -X dev`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub program: String,
    pub args: Vec<String>,
    /// The string as given, to name the command in reports.
    pub display: String,
}

impl Command {
    pub fn parse(s: &str) -> Option<Command> {
        let mut words = s.split_whitespace().map(str::to_string);
        let program = words.next()?;
        Some(Command { program, args: words.collect(), display: s.trim().to_string() })
    }

    /// Where the program is: itself when it names a path, else the first match on `PATH`.
    pub fn locate(&self) -> Option<PathBuf> {
        if self.program.contains('/') {
            return Path::new(&self.program).is_file().then(|| PathBuf::from(&self.program));
        }
        std::env::split_paths(&std::env::var_os("PATH")?).map(|dir| dir.join(&self.program)).find(|p| is_executable(p))
    }
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// Reads a pipe to its end, keeping at most `limit` bytes; says whether it held more.
fn drain(mut pipe: impl Read + Send + 'static, limit: usize) -> std::thread::JoinHandle<(Vec<u8>, bool)> {
    std::thread::spawn(move || {
        let (mut kept, mut more) = (Vec::new(), false);
        let mut buf = [0u8; 1 << 16];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = limit.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
            more |= n > room;
        }
        (kept, more)
    })
}

/// Waits for `child` until `timeout`; kills it then. `None`: it was killed.
fn wait(child: &mut Child, timeout: Duration) -> Option<i32> {
    let deadline = Instant::now() + timeout;
    let mut nap = Duration::from_micros(200);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(exit_code(status)),
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(10));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

#[cfg(unix)]
fn exit_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status.code().unwrap_or_else(|| 128 + status.signal().unwrap_or(0))
}

#[cfg(not(unix))]
fn exit_code(status: std::process::ExitStatus) -> i32 {
    status.code().unwrap_or(-1)
}

/// `path` made absolute and normalised (`.` and `..` resolved), as Python's `os.path.abspath`.
fn absolute(path: &str) -> Option<PathBuf> {
    let joined = std::env::current_dir().ok()?.join(path);
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    Some(out)
}

/// `stderr` with the script's absolute path replaced by `path` (in `File "…"` and at line starts).
pub fn relative_paths(stderr: &str, path: &str) -> String {
    let mut forms: Vec<String> = Vec::new();
    for abs in [absolute(path), std::fs::canonicalize(path).ok()].into_iter().flatten() {
        let abs = abs.to_string_lossy().into_owned();
        if abs != path && !forms.contains(&abs) {
            forms.push(abs);
        }
    }
    let mut text = stderr.to_string();
    for abs in &forms {
        text = text.replace(&format!("File \"{abs}\""), &format!("File \"{path}\""));
        text = text
            .split_inclusive('\n')
            .map(|l| if l.starts_with(&format!("{abs}:")) { format!("{path}{}", &l[abs.len()..]) } else { l.to_string() })
            .collect();
    }
    text
}

/// Runs `path` under `cmd`: what it printed and how it ended, or why it could not start.
pub fn run(cmd: &Command, path: &str, args: &[String], timeout: Duration, limit: usize) -> Result<(Actual, End), String> {
    let mut child = std::process::Command::new(&cmd.program)
        .args(&cmd.args)
        .arg(path)
        .args(args)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONWARNINGS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", cmd.display))?;
    let out = child.stdout.take().map(|p| drain(p, limit));
    let err = child.stderr.take().map(|p| drain(p, limit));
    let code = wait(&mut child, timeout);
    let collect = |h: Option<std::thread::JoinHandle<(Vec<u8>, bool)>>| h.and_then(|h| h.join().ok()).unwrap_or_default();
    let ((stdout, more_out), (stderr, more_err)) = (collect(out), collect(err));
    let stderr = relative_paths(&String::from_utf8_lossy(&stderr), path);
    let actual = Actual { stdout: String::from_utf8_lossy(&stdout).into_owned(), stderr, exit_code: code.unwrap_or(-1) };
    let end = if more_out || more_err {
        End::Flooded
    } else if code.is_none() {
        End::Stopped
    } else {
        End::Finished
    };
    Ok((actual, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_script_paths_become_the_path_as_given() {
        let abs = absolute("scripts/x.py").unwrap().to_string_lossy().into_owned();
        let err = format!("Traceback (most recent call last):\n  File \"{abs}\", line 1, in <module>\n{abs}:3: RuntimeWarning: w\n");
        assert_eq!(
            relative_paths(&err, "scripts/x.py"),
            "Traceback (most recent call last):\n  File \"scripts/x.py\", line 1, in <module>\nscripts/x.py:3: RuntimeWarning: w\n"
        );
    }

    #[test]
    fn commands_split_on_whitespace() {
        let c = Command::parse(" python3 -X dev ").unwrap();
        assert_eq!((c.program.as_str(), c.args.len(), c.display.as_str()), ("python3", 2, "python3 -X dev"));
        assert!(Command::parse("  ").is_none());
        assert!(Command::parse("surely-no-such-command-here").unwrap().locate().is_none());
    }
}
