//! Byte streams on tokio: TCP connections, listeners and child-process pipes.
//! A stream is a numbered slot holding shared state; a reader task (one per
//! stream, started by `stream_start`) posts `data`/`eof`/`error` events, a
//! writer task flushes what `stream_write` queued and posts `drained` (after
//! the buffer went over the high-water mark and back under the low one),
//! `closed` (after `stream_close` flushed and shut down the stream) or
//! `error`. `asyncio.py`'s transports turn those events into protocol calls
//! (`data_received`, `eof_received`, `connection_lost`, `resume_writing`).
//!
//! Invariant: a slot's `RefCell`s are only borrowed for a few statements,
//! never across an `.await`.

use super::reactor::{self, Payload};
use crate::builtins::arity;
use crate::object::exceptions::*;
use crate::object::function::KwArgs;
use crate::object::*;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::net::{SocketAddr, ToSocketAddrs};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Poll, Waker};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::task::AbortHandle;

pub type Reader = Pin<Box<dyn AsyncRead>>;
pub type Writer = Pin<Box<dyn AsyncWrite>>;

/// Above this many buffered bytes the protocol is paused (CPython's default).
const HIGH_WATER: usize = 64 * 1024;
const LOW_WATER: usize = 16 * 1024;
const CHUNK: usize = 256 * 1024;

/// What the writer task shares with the native functions.
#[derive(Default)]
struct WriteState {
    queue: RefCell<VecDeque<Vec<u8>>>,
    size: Cell<usize>,
    /// Shut the stream down once the queue is flushed (`closed` follows).
    closing: Cell<bool>,
    /// Shut down the write side once flushed, keep reading (`write_eof`).
    eof: Cell<bool>,
    /// Went over the high-water mark: post `drained` when under the low one.
    paused: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

impl WriteState {
    fn wake(&self) {
        if let Some(w) = self.waker.borrow_mut().take() {
            w.wake();
        }
    }
}

/// Reading can be paused by the protocol (flow control).
#[derive(Default)]
struct ReadState {
    paused: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

struct Slot {
    /// Taken by `stream_start`.
    reader: Option<Reader>,
    writer: Option<Writer>,
    read_task: Option<AbortHandle>,
    write_task: Option<AbortHandle>,
    write: Rc<WriteState>,
    read: Rc<ReadState>,
    token: i64,
}

/// A listening socket and its accept task.
struct Listener {
    socket: Option<std::net::TcpListener>,
    task: Option<AbortHandle>,
}

thread_local! {
    static STREAMS: RefCell<HashMap<i64, Slot>> = RefCell::new(HashMap::new());
    static LISTENERS: RefCell<HashMap<i64, Listener>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<i64> = const { Cell::new(1) };
}

fn unwritten_add(n: usize) {
    reactor::unwritten_add(n);
}

fn unwritten_sub(n: usize) {
    reactor::unwritten_sub(n);
}

fn next_id() -> i64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// Registers a stream (either half may be missing, e.g. for pipes) and returns its id.
pub fn register(reader: Option<Reader>, writer: Option<Writer>) -> i64 {
    let id = next_id();
    let slot = Slot { reader, writer, read_task: None, write_task: None, write: Rc::default(), read: Rc::default(), token: 0 };
    STREAMS.with(|s| s.borrow_mut().insert(id, slot));
    id
}

fn int_arg(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        _ => Err(type_error(format!("{what} must be an int"))),
    }
}

fn str_arg(v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(type_error(format!("{what} must be a str"))),
    }
}

/// An address as CPython shows it: `(host, port)` or `(host, port, flowinfo, scope_id)`.
pub fn addr_payload(a: &SocketAddr) -> Payload {
    match a {
        SocketAddr::V4(a) => Payload::Tuple(vec![Payload::Str(a.ip().to_string()), Payload::Int(a.port() as i64)]),
        SocketAddr::V6(a) => Payload::Tuple(vec![
            Payload::Str(a.ip().to_string()),
            Payload::Int(a.port() as i64),
            Payload::Int(a.flowinfo() as i64),
            Payload::Int(a.scope_id() as i64),
        ]),
    }
}

fn addr_from(host: &str, port: i64) -> PyResult<SocketAddr> {
    let ip: std::net::IpAddr = host.parse().map_err(|_| value_error(format!("bad address {host}")))?;
    Ok(SocketAddr::new(ip, port as u16))
}

/// `getaddrinfo(host, port)`: `[(family, address), …]` for a TCP socket
/// (family 2 for IPv4, 10 for IPv6), in the system resolver's order.
pub fn py_getaddrinfo(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("getaddrinfo", args, 2, 2)?;
    let host = match &args[0] {
        Value::None => "0.0.0.0".to_string(),
        v => str_arg(v, "host")?,
    };
    let port = match &args[1] {
        Value::None => 0,
        v => int_arg(v, "port")?,
    };
    match (host.as_str(), port as u16).to_socket_addrs() {
        Ok(addrs) => {
            let mut seen = Vec::new();
            for a in addrs {
                if !seen.contains(&a) {
                    seen.push(a);
                }
            }
            Ok(Value::list(
                seen.iter().map(|a| Value::tuple(vec![Value::Int(if a.is_ipv4() { 2 } else { 10 }), payload_value(addr_payload(a))])).collect(),
            ))
        }
        Err(_) => {
            // socket.gaierror: [Errno -2] Name or service not known
            Err(PyErr::with_args(&crate::object::types::types().os_error, vec![Value::Int(-2), Value::str("Name or service not known")]))
        }
    }
}

fn payload_value(p: Payload) -> Value {
    match p {
        Payload::Str(s) => Value::str(s),
        Payload::Int(i) => Value::Int(i),
        Payload::Tuple(items) => Value::tuple(items.into_iter().map(payload_value).collect()),
        _ => Value::None,
    }
}

fn tcp_stream(s: tokio::net::TcpStream) -> (i64, Payload) {
    let sock = s.local_addr().map(|a| addr_payload(&a)).unwrap_or(Payload::None);
    let peer = s.peer_addr().map(|a| addr_payload(&a)).unwrap_or(Payload::None);
    let _ = s.set_nodelay(true);
    let (r, w) = s.into_split();
    let id = register(Some(Box::pin(r)), Some(Box::pin(w)));
    (id, Payload::Tuple(vec![Payload::Int(id), sock, peer]))
}

/// `tcp_connect(host, port, token)`: connects to one numeric address; posts
/// `connected (id, sockname, peername)` or `error`.
pub fn py_tcp_connect(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("tcp_connect", args, 3, 3)?;
    let addr = addr_from(&str_arg(&args[0], "host")?, int_arg(&args[1], "port")?)?;
    let token = int_arg(&args[2], "token")?;
    reactor::spawn(async move {
        match tokio::net::TcpStream::connect(addr).await {
            Ok(s) => reactor::post(token, "connected", tcp_stream(s).1),
            Err(e) => reactor::post(token, "error", Payload::from_io(&e)),
        }
    });
    Ok(Value::None)
}

/// `tcp_listen(host, port)`: binds and listens now; returns `(id, sockname)`
/// or raises OSError (CPython binds synchronously too).
pub fn py_tcp_listen(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("tcp_listen", args, 2, 2)?;
    let addr = addr_from(&str_arg(&args[0], "host")?, int_arg(&args[1], "port")?)?;
    let sock = bind_listener(addr).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(5);
        reactor::os_error(errno, &reactor::strerror(errno), None)
    })?;
    let _ = sock.set_nonblocking(true);
    let local = sock.local_addr().map(|a| payload_value(addr_payload(&a))).unwrap_or(Value::None);
    let id = next_id();
    LISTENERS.with(|l| l.borrow_mut().insert(id, Listener { socket: Some(sock), task: None }));
    Ok(Value::tuple(vec![Value::Int(id), local]))
}

/// A listening socket as CPython's `create_server` makes it: SO_REUSEADDR,
/// and IPv6 sockets only for IPv6 (so that `::` and `0.0.0.0` can share a port).
fn bind_listener(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let domain = if addr.is_ipv6() { Domain::IPV6 } else { Domain::IPV4 };
    let socket = Socket::new(domain, Type::STREAM, Some(Protocol::TCP))?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(100)?;
    Ok(socket.into())
}

/// `tcp_accept(id, token)`: accepts connections until the listener is
/// closed, posting `accept (stream id, sockname, peername)` for each.
pub fn py_tcp_accept(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("tcp_accept", args, 2, 2)?;
    let id = int_arg(&args[0], "id")?;
    let token = int_arg(&args[1], "token")?;
    let Some(sock) = LISTENERS.with(|l| l.borrow_mut().get_mut(&id).and_then(|x| x.socket.take())) else {
        return Ok(Value::None);
    };
    let task = reactor::spawn_passive(async move {
        let listener = match tokio::net::TcpListener::from_std(sock) {
            Ok(l) => l,
            Err(e) => return reactor::post(token, "error", Payload::from_io(&e)),
        };
        loop {
            match listener.accept().await {
                Ok((s, _)) => reactor::post(token, "accept", tcp_stream(s).1),
                Err(e) => reactor::post(token, "error", Payload::from_io(&e)),
            }
        }
    });
    LISTENERS.with(|l| {
        if let Some(x) = l.borrow_mut().get_mut(&id) {
            x.task = Some(task);
        }
    });
    Ok(Value::None)
}

/// `listener_close(id)`: stops accepting and closes the socket.
pub fn py_listener_close(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("listener_close", args, 1, 1)?;
    let id = int_arg(&args[0], "id")?;
    if let Some(l) = LISTENERS.with(|l| l.borrow_mut().remove(&id))
        && let Some(t) = l.task
    {
        t.abort();
    }
    Ok(Value::None)
}

async fn read_loop(mut reader: Reader, state: Rc<ReadState>, token: i64) {
    let mut buf = vec![0u8; CHUNK];
    loop {
        // flow control: wait while the protocol has paused reading
        std::future::poll_fn(|cx| {
            if state.paused.get() {
                *state.waker.borrow_mut() = Some(cx.waker().clone());
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        })
        .await;
        match reader.read(&mut buf).await {
            Ok(0) => return reactor::post(token, "eof", Payload::None),
            Ok(n) => reactor::post(token, "data", Payload::Bytes(buf[..n].to_vec())),
            Err(e) => return reactor::post(token, "error", Payload::from_io(&e)),
        }
    }
}

async fn write_loop(mut writer: Writer, state: Rc<WriteState>, token: i64) {
    loop {
        let chunk = std::future::poll_fn(|cx| {
            if let Some(c) = state.queue.borrow_mut().pop_front() {
                return Poll::Ready(Some(c));
            }
            if state.closing.get() || state.eof.get() {
                return Poll::Ready(None);
            }
            *state.waker.borrow_mut() = Some(cx.waker().clone());
            Poll::Pending
        })
        .await;
        let Some(chunk) = chunk else { break };
        unwritten_sub(chunk.len());
        if let Err(e) = writer.write_all(&chunk).await {
            let dropped: usize = state.queue.borrow_mut().drain(..).map(|c| c.len()).sum();
            unwritten_sub(dropped);
            state.size.set(0);
            return reactor::post(token, "error", Payload::from_io(&e));
        }
        state.size.set(state.size.get().saturating_sub(chunk.len()));
        if state.paused.get() && state.size.get() <= LOW_WATER {
            state.paused.set(false);
            reactor::post(token, "drained", Payload::None);
        }
    }
    let _ = writer.flush().await;
    let _ = writer.shutdown().await;
    if state.closing.get() {
        reactor::post(token, "closed", Payload::None);
    }
}

/// `stream_start(id, token)`: starts reading and writing; events go to `token`.
pub fn py_stream_start(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("stream_start", args, 2, 2)?;
    let id = int_arg(&args[0], "id")?;
    let token = int_arg(&args[1], "token")?;
    let parts = STREAMS.with(|s| {
        s.borrow_mut().get_mut(&id).map(|slot| {
            slot.token = token;
            (slot.reader.take(), slot.writer.take(), slot.read.clone(), slot.write.clone())
        })
    });
    let Some((reader, writer, rstate, wstate)) = parts else { return Ok(Value::None) };
    let read_task = reader.map(|r| reactor::spawn_passive(read_loop(r, rstate, token)));
    // (idle until data is queued: virtual time watches the queued bytes)
    let write_task = writer.map(|w| reactor::spawn_passive(write_loop(w, wstate, token)));
    STREAMS.with(|s| {
        if let Some(slot) = s.borrow_mut().get_mut(&id) {
            slot.read_task = read_task;
            slot.write_task = write_task;
        }
    });
    Ok(Value::None)
}

fn with_slot<T>(id: i64, f: impl FnOnce(&mut Slot) -> T) -> Option<T> {
    STREAMS.with(|s| s.borrow_mut().get_mut(&id).map(f))
}

/// `stream_write(id, data)`: queues bytes; returns True when the buffer
/// went over the high-water mark (the protocol should pause; `drained`
/// follows once it is flushed below the low-water mark).
pub fn py_stream_write(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("stream_write", args, 2, 2)?;
    let id = int_arg(&args[0], "id")?;
    let Value::Bytes(b) = &args[1] else { return Err(type_error("data must be bytes")) };
    let pause = with_slot(id, |slot| {
        let w = &slot.write;
        if b.data.is_empty() || w.closing.get() || w.eof.get() {
            return false;
        }
        w.queue.borrow_mut().push_back(b.data.clone());
        w.size.set(w.size.get() + b.data.len());
        unwritten_add(b.data.len());
        w.wake();
        if !w.paused.get() && w.size.get() > HIGH_WATER {
            w.paused.set(true);
            return true;
        }
        false
    });
    Ok(Value::Bool(pause.unwrap_or(false)))
}

/// `stream_buffer_size(id)`: bytes queued and not yet written.
pub fn py_stream_buffer_size(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("stream_buffer_size", args, 1, 1)?;
    let id = int_arg(&args[0], "id")?;
    Ok(Value::Int(with_slot(id, |s| s.write.size.get()).unwrap_or(0) as i64))
}

/// `stream_pause(id, paused)`: pauses or resumes reading.
pub fn py_stream_pause(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("stream_pause", args, 2, 2)?;
    let id = int_arg(&args[0], "id")?;
    let paused = matches!(args[1], Value::Bool(true));
    with_slot(id, |slot| {
        slot.read.paused.set(paused);
        if !paused && let Some(w) = slot.read.waker.borrow_mut().take() {
            w.wake();
        }
    });
    Ok(Value::None)
}

/// `stream_write_eof(id)`: shuts the write side down after the queued data.
pub fn py_stream_write_eof(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("stream_write_eof", args, 1, 1)?;
    let id = int_arg(&args[0], "id")?;
    with_slot(id, |slot| {
        slot.write.eof.set(true);
        slot.write.wake();
    });
    Ok(Value::None)
}

/// `stream_close(id)`: stops reading, flushes what is queued, shuts the
/// stream down and posts `closed` (at once when there is no writer task).
pub fn py_stream_close(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("stream_close", args, 1, 1)?;
    let id = int_arg(&args[0], "id")?;
    if let Some(slot) = STREAMS.with(|s| s.borrow_mut().remove(&id)) {
        if let Some(t) = &slot.read_task {
            t.abort();
        }
        let writer_alive = slot.write_task.as_ref().is_some_and(|t| !t.is_finished());
        if writer_alive {
            slot.write.closing.set(true);
            slot.write.wake();
        } else {
            reactor::post(slot.token, "closed", Payload::None);
        }
    }
    Ok(Value::None)
}

/// `stream_abort(id)`: drops the stream at once, discarding queued data.
pub fn py_stream_abort(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("stream_abort", args, 1, 1)?;
    let id = int_arg(&args[0], "id")?;
    if let Some(slot) = STREAMS.with(|s| s.borrow_mut().remove(&id)) {
        for t in [&slot.read_task, &slot.write_task].into_iter().flatten() {
            t.abort();
        }
        let dropped: usize = slot.write.queue.borrow_mut().drain(..).map(|c| c.len()).sum();
        unwritten_sub(dropped);
    }
    Ok(Value::None)
}

/// `flush_writes(seconds)`: lets the writer tasks send what is queued (for
/// at most `seconds`). CPython sends written data at once; tikitaka's
/// writers run while the loop waits, so a closing loop gives them this chance.
pub fn py_flush_writes(_vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult<Value> {
    arity("flush_writes", args, 1, 1)?;
    let secs = match &args[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        _ => 1.0,
    };
    if reactor::unwritten() == 0 {
        return Ok(Value::None);
    }
    reactor::drive_until(std::time::Duration::from_secs_f64(secs.max(0.0)), || reactor::unwritten() == 0);
    Ok(Value::None)
}
