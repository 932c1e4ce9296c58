//! Child processes on tokio (`asyncio.create_subprocess_exec`/`_shell`).
//! `spawn` starts the child at once (as `subprocess.Popen` does inside
//! CPython's loop) and registers each piped stdio as a stream of
//! `streams.rs`; `child_wait` posts `exit` with CPython's return code
//! (negative signal number for a child killed by a signal); signals are sent
//! with `kill(2)`.

use super::reactor::{self, Payload};
use super::streams;
use crate::builtins::arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;

/// `asyncio.subprocess.PIPE`, `STDOUT`, `DEVNULL` (the values of CPython's `subprocess`).
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

thread_local! {
    static CHILDREN: RefCell<HashMap<i64, tokio::process::Child>> = RefCell::new(HashMap::new());
}

unsafe extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

fn stdio(mode: &Value, what: &str) -> PyResult<Option<Stdio>> {
    Ok(match mode {
        Value::None => None,
        Value::Int(PIPE) => Some(Stdio::piped()),
        Value::Int(DEVNULL) => Some(Stdio::null()),
        Value::Int(STDOUT) if what == "stderr" => None,
        Value::Int(STDOUT) => return Err(value_error("STDOUT can only be used for stderr")),
        Value::Int(fd) if *fd >= 0 => {
            // an inherited file descriptor: duplicate it so the child gets its own
            let owned = unsafe { std::os::fd::BorrowedFd::borrow_raw(*fd as i32) }
                .try_clone_to_owned()
                .map_err(|e| reactor::os_error(e.raw_os_error().unwrap_or(9), &reactor::strerror(e.raw_os_error().unwrap_or(9)), None))?;
            Some(Stdio::from(owned))
        }
        _ => return Err(value_error(format!("invalid {what} argument"))),
    })
}

fn str_list(v: &Value) -> PyResult<Vec<String>> {
    let items: Vec<Value> = match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(type_error("expected a list of arguments")),
    };
    items
        .iter()
        .map(|a| match a {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Bytes(b) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
            other => Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", crate::object::types::type_name(other)))),
        })
        .collect()
}

/// `spawn(argv, stdin, stdout, stderr, cwd, env)`: starts the child; returns
/// `(child id, pid, stdin stream, stdout stream, stderr stream)` (None for
/// a stream that is not a pipe). `stderr=STDOUT` shares the stdout pipe.
pub fn py_spawn(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("spawn", args, 6, 6)?;
    let argv = str_list(&args[0])?;
    let Some(program) = argv.first() else { return Err(index_error("list index out of range")) };
    let mut cmd = tokio::process::Command::new(program);
    cmd.args(&argv[1..]);
    if let Some(s) = stdio(&args[1], "stdin")? {
        cmd.stdin(s);
    }
    let merge = matches!(args[3], Value::Int(STDOUT));
    let mut merged_reader = None;
    if merge && matches!(args[2], Value::Int(PIPE)) {
        // one pipe for both: the child writes stdout and stderr into it
        let (r, w) = std::io::pipe().map_err(|e| reactor::os_error(e.raw_os_error().unwrap_or(24), &e.to_string(), None))?;
        let w2 = w.try_clone().map_err(|e| reactor::os_error(e.raw_os_error().unwrap_or(24), &e.to_string(), None))?;
        cmd.stdout(Stdio::from(w));
        cmd.stderr(Stdio::from(w2));
        merged_reader = Some(r);
    } else {
        if let Some(s) = stdio(&args[2], "stdout")? {
            cmd.stdout(s);
        }
        if let Some(s) = stdio(&args[3], "stderr")? {
            cmd.stderr(s);
        }
    }
    if let Value::Str(cwd) = &args[4] {
        cmd.current_dir(cwd.as_str());
    }
    if let Value::Dict(env) = &args[5] {
        // env= replaces the whole environment, as in subprocess.Popen
        cmd.env_clear();
        for (k, v) in env.items() {
            let (Value::Str(k), Value::Str(v)) = (&k, &v) else { return Err(type_error("expected str, bytes or os.PathLike object")) };
            cmd.env(k.as_str(), v.as_str());
        }
    }
    let spawned = reactor::enter(|| cmd.spawn());
    drop(cmd); // closes our copies of the merged pipe's write end
    let mut child = spawned.map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(2);
        // subprocess.Popen names the program that could not be run
        let name = if errno == 2 || errno == 13 { Some(Value::str(program.clone())) } else { None };
        reactor::os_error(errno, &reactor::strerror(errno), name)
    })?;
    let pid = child.id().map(|p| p as i64).unwrap_or(0);
    let stream = |v: Option<i64>| v.map(Value::Int).unwrap_or(Value::None);
    let stdin = child.stdin.take().map(|w| streams::register(None, Some(Box::pin(w))));
    let stdout = match merged_reader {
        Some(r) => {
            reactor::enter(|| tokio::net::unix::pipe::Receiver::from_owned_fd(r.into())).ok().map(|r| streams::register(Some(Box::pin(r)), None))
        }
        None => child.stdout.take().map(|r| streams::register(Some(Box::pin(r)), None)),
    };
    let stderr = child.stderr.take().map(|r| streams::register(Some(Box::pin(r)), None));
    let id = pid;
    CHILDREN.with(|c| c.borrow_mut().insert(id, child));
    Ok(Value::tuple(vec![Value::Int(id), Value::Int(pid), stream(stdin), stream(stdout), stream(stderr)]))
}

/// `child_wait(id, token)`: posts `exit` with the return code when the child ends.
pub fn py_child_wait(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("child_wait", args, 2, 2)?;
    let (Value::Int(id), Value::Int(token)) = (&args[0], &args[1]) else { return Err(type_error("child_wait(id, token)")) };
    let token = *token;
    let Some(mut child) = CHILDREN.with(|c| c.borrow_mut().remove(id)) else { return Ok(Value::None) };
    reactor::spawn(async move {
        match child.wait().await {
            Ok(status) => {
                let code = status.code().map(|c| c as i64).or_else(|| status.signal().map(|s| -(s as i64))).unwrap_or(0);
                reactor::post(token, "exit", Payload::Int(code));
            }
            Err(e) => reactor::post(token, "error", Payload::from_io(&e)),
        }
    });
    Ok(Value::None)
}

/// `send_signal(pid, sig)`: `kill(2)`; ProcessLookupError when the child is gone.
pub fn py_send_signal(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("send_signal", args, 2, 2)?;
    let (Value::Int(pid), Value::Int(sig)) = (&args[0], &args[1]) else { return Err(type_error("send_signal(pid, sig)")) };
    if unsafe { kill(*pid as i32, *sig as i32) } != 0 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(3);
        return Err(reactor::os_error(errno, &reactor::strerror(errno), None));
    }
    Ok(Value::None)
}
