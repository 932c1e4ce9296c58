# asyncio.subprocess for tikitaka: CPython 3.11's subprocess.py (Process,
# SubprocessStreamProtocol, create_subprocess_exec/shell) and
# base_subprocess.py (the subprocess transport and its pipe protocols),
# ported with their order of callbacks, over the native children of
# process.rs. The child is started at once (as Popen does); a native wait
# posts its exit status, which the transport reports like CPython's child
# watcher.
import _asyncio_native as _native
from asyncio import BaseEventLoop, _io_register, _io_unregister, get_running_loop
from asyncio.streams import (_DEFAULT_LIMIT, BaseProtocol, BaseTransport, FlowControlMixin, Protocol, StreamReader,
                             StreamWriter, SubprocessProtocol, _StreamTransport)

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGKILL = 9
_SIGTERM = 15


class SubprocessStreamProtocol(FlowControlMixin, SubprocessProtocol):
    """Like StreamReaderProtocol, but for a subprocess."""
    __module__ = "asyncio.subprocess"

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        info = [self.__class__.__name__]
        if self.stdin is not None:
            info.append(f"stdin={self.stdin!r}")
        if self.stdout is not None:
            info.append(f"stdout={self.stdout!r}")
        if self.stderr is not None:
            info.append(f"stderr={self.stderr!r}")
        return "<{}>".format(" ".join(info))

    def connection_made(self, transport):
        self._transport = transport
        stdout_transport = transport.get_pipe_transport(1)
        if stdout_transport is not None:
            self.stdout = StreamReader(limit=self._limit, loop=self._loop)
            self.stdout.set_transport(stdout_transport)
            self._pipe_fds.append(1)
        stderr_transport = transport.get_pipe_transport(2)
        if stderr_transport is not None:
            self.stderr = StreamReader(limit=self._limit, loop=self._loop)
            self.stderr.set_transport(stderr_transport)
            self._pipe_fds.append(2)
        stdin_transport = transport.get_pipe_transport(0)
        if stdin_transport is not None:
            self.stdin = StreamWriter(stdin_transport, protocol=self, reader=None, loop=self._loop)

    def pipe_data_received(self, fd, data):
        if fd == 1:
            reader = self.stdout
        elif fd == 2:
            reader = self.stderr
        else:
            reader = None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            pipe = self.stdin
            if pipe is not None:
                pipe.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_closed.set_result(None)
            else:
                self._stdin_closed.set_exception(exc)
                self._stdin_closed._log_traceback = False
            return
        if fd == 1:
            reader = self.stdout
        elif fd == 2:
            reader = self.stderr
        else:
            reader = None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if len(self._pipe_fds) == 0 and self._process_exited:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    __module__ = "asyncio.subprocess"

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.pid}>"

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait until the process exit and return the process return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        try:
            self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            # communicate() ignores BrokenPipeError and ConnectionResetError
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        transport = self._transport.get_pipe_transport(fd)
        if fd == 2:
            stream = self.stderr
        else:
            stream = self.stdout
        output = await stream.read()
        transport.close()
        return output

    async def communicate(self, input=None):
        from asyncio import gather
        if input is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        if self.stdout is not None:
            stdout = self._read_stream(1)
        else:
            stdout = self._noop()
        if self.stderr is not None:
            stderr = self._read_stream(2)
        else:
            stderr = self._noop()
        stdin, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


# ---------------------------------------------------------------- transport

class _SubprocessTransport(BaseTransport):
    # base_subprocess.BaseSubprocessTransport with unix_events' _start
    __module__ = "asyncio.unix_events"

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._child = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = []
        self._pipes = {}
        self._streams = {}
        self._finished = False
        if stdin == PIPE:
            self._pipes[0] = None
        if stdout == PIPE:
            self._pipes[1] = None
        if stderr == PIPE:
            self._pipes[2] = None
        try:
            self._start(args, shell, stdin, stdout, stderr, **kwargs)
        except:
            self.close()
            raise
        self._token = _io_register(self._child_event)
        _native.child_wait(self._child, self._token)
        self._loop.create_task(self._connect_pipes(waiter))

    def _start(self, args, shell, stdin, stdout, stderr, cwd=None, env=None, **kwargs):
        if shell:
            argv = ["/bin/sh", "-c", args]
        else:
            argv = [a if isinstance(a, (str, bytes)) else str(a) for a in args]
        if cwd is not None:
            cwd = str(cwd)
        child, pid, sin, sout, serr = _native.spawn(argv, stdin, stdout, stderr, cwd, env)
        self._child = child
        self._pid = pid
        self._streams = {0: sin, 1: sout, 2: serr}

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append("closed")
        if self._pid is not None:
            info.append(f"pid={self._pid}")
        if self._returncode is not None:
            info.append(f"returncode={self._returncode}")
        elif self._pid is not None:
            info.append("running")
        else:
            info.append("not started")
        return "<{}>".format(" ".join(info))

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is None:
                continue
            proto.pipe.close()
        if self._pid is not None and self._returncode is None:
            try:
                _native.send_signal(self._pid, _SIGKILL)
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd in self._pipes:
            return self._pipes[fd].pipe
        return None

    def _check_proc(self):
        if self._pid is None or self._finished:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        # (Popen.send_signal: nothing once the child was reaped)
        if self._returncode is None:
            _native.send_signal(self._pid, int(signal))

    def terminate(self):
        self.send_signal(_SIGTERM)

    def kill(self):
        self.send_signal(_SIGKILL)

    async def _connect_pipes(self, waiter):
        try:
            loop = self._loop
            if 0 in self._pipes:
                _, pipe = await _connect_pipe(loop, lambda: WriteSubprocessPipeProto(self, 0), self._streams[0])
                self._pipes[0] = pipe
            if 1 in self._pipes:
                _, pipe = await _connect_pipe(loop, lambda: ReadSubprocessPipeProto(self, 1), self._streams[1])
                self._pipes[1] = pipe
            if 2 in self._pipes:
                _, pipe = await _connect_pipe(loop, lambda: ReadSubprocessPipeProto(self, 2), self._streams[2])
                self._pipes[2] = pipe
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _child_event(self, tag, value):
        _io_unregister(self._token)
        if tag == "exit":
            # the child closed its end of stdin: the write pipe is lost
            # (CPython notices it through a reader on the pipe)
            stdin = self._pipes.get(0)
            if stdin is not None and not stdin.disconnected:
                stdin.pipe._force_close(None)
            self._process_exited(value)

    def _process_exited(self, returncode):
        self._returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._protocol = None


async def _connect_pipe(loop, protocol_factory, sid):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _StreamTransport(loop, sid, protocol, {}, waiter=waiter, pipe=True)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


class WriteSubprocessPipeProto(BaseProtocol):
    __module__ = "asyncio.base_subprocess"

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f"<{self.__class__.__name__} fd={self.fd} pipe={self.pipe!r}>"

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, Protocol):
    __module__ = "asyncio.base_subprocess"

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


# ---------------------------------------------------------------- loop methods

async def _make_subprocess_transport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
    waiter = loop.create_future()
    transp = _SubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=waiter, **kwargs)
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transp.close()
        await transp._wait()
        raise
    return transp


def _check_popen_options(universal_newlines, bufsize, text, encoding, errors):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _subprocess_exec(self, protocol_factory, program, *args, stdin=PIPE, stdout=PIPE, stderr=PIPE,
                           universal_newlines=False, shell=False, bufsize=0, encoding=None, errors=None, text=None,
                           **kwargs):
    if shell:
        raise ValueError("shell must be False")
    _check_popen_options(universal_newlines, bufsize, text, encoding, errors)
    popen_args = (program,) + args
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(self, protocol, popen_args, False, stdin, stdout, stderr, bufsize, **kwargs)
    return transport, protocol


async def _subprocess_shell(self, protocol_factory, cmd, *, stdin=PIPE, stdout=PIPE, stderr=PIPE,
                            universal_newlines=False, shell=True, bufsize=0, encoding=None, errors=None, text=None,
                            **kwargs):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if not shell:
        raise ValueError("shell must be True")
    _check_popen_options(universal_newlines, bufsize, text, encoding, errors)
    if isinstance(cmd, bytes):
        cmd = cmd.decode()
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(self, protocol, cmd, True, stdin, stdout, stderr, bufsize, **kwargs)
    return transport, protocol


BaseEventLoop.subprocess_exec = _subprocess_exec
BaseEventLoop.subprocess_shell = _subprocess_shell


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_shell(protocol_factory, cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_exec(protocol_factory, program, *args, stdin=stdin, stdout=stdout,
                                                     stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
