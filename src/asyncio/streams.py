# asyncio.streams for tikitaka: transports over the native streams of
# streams.rs, TCP servers and connections (loop.create_server /
# create_connection), and CPython 3.11's streams.py (StreamReader,
# StreamWriter, StreamReaderProtocol, open_connection, start_server) ported
# with its semantics and messages. A transport registers a callback token
# with the loop; the native reader/writer tasks post data, eof, error,
# drained and closed events to it.
import _asyncio_native as _native
from asyncio import (AbstractEventLoop, BaseEventLoop, CancelledError, Future, _io_register, _io_unregister,
                     _set_result_unless_cancelled, get_running_loop, sleep)

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


# ---------------------------------------------------------------- exceptions

class IncompleteReadError(EOFError):
    """Incomplete read error: `partial` holds what was read before EOF."""
    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        r_expected = "undefined" if expected is None else repr(expected)
        super().__init__(f"{len(partial)} bytes read on a total of {r_expected} expected bytes")
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""
    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


# ---------------------------------------------------------------- protocols

class BaseProtocol:
    __module__ = "asyncio.protocols"

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class SubprocessProtocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class BaseTransport:
    __module__ = "asyncio.transports"

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class TransportSocket:
    """The socket of a transport or server: addresses only (no I/O)."""
    __module__ = "asyncio.trsock"

    def __init__(self, family, sockname, peername=None):
        self._family = family
        self._sockname = sockname
        self._peername = peername

    @property
    def family(self):
        return self._family

    @property
    def type(self):
        return 1  # SOCK_STREAM

    @property
    def proto(self):
        return 6  # IPPROTO_TCP

    def __repr__(self):
        s = f"<asyncio.TransportSocket fd=-1, family={self._family}, type=1, proto=6, laddr={self._sockname!r}"
        if self._peername is not None:
            s += f", raddr={self._peername!r}"
        return s + ">"

    def fileno(self):
        return -1

    def getsockname(self):
        return self._sockname

    def getpeername(self):
        if self._peername is None:
            raise OSError(107, "Transport endpoint is not connected")
        return self._peername


def _family_of(address):
    return 10 if len(address) == 4 else 2


# ---------------------------------------------------------------- transports

class _StreamTransport(BaseTransport):
    # _SelectorSocketTransport for sockets; _UnixReadPipeTransport and
    # _UnixWritePipeTransport for pipes (pipe=True: EOF closes the transport)
    __module__ = "asyncio.selector_events"

    def __init__(self, loop, sid, protocol, extra=None, waiter=None, server=None, pipe=False):
        super().__init__(extra)
        self._loop = loop
        self._sid = sid
        self._protocol = protocol
        self._server = server
        self._pipe = pipe
        self._closing = False
        self._conn_lost = 0
        self._lost_called = False
        self._eof = False
        self._protocol_paused = False
        self._paused = False
        self._token = _io_register(self._on_event)
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(_native.stream_start, sid, self._token)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [type(self).__name__]
        if self._sid is None:
            info.append("closed")
        elif self._closing:
            info.append("closing")
        return "<" + " ".join(info) + ">"

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing and not self._paused

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        _native.stream_pause(self._sid, True)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        _native.stream_pause(self._sid, False)

    def get_write_buffer_size(self):
        return _native.stream_buffer_size(self._sid)

    def _on_event(self, tag, value):
        if tag == "data":
            if self._conn_lost:
                return
            try:
                self._protocol.data_received(value)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, "Fatal error: protocol.data_received() call failed.")
        elif tag == "eof":
            if self._pipe:
                # the other end closed the pipe
                self._closing = True
                self._loop.call_soon(self._protocol.eof_received)
                self._loop.call_soon(self._call_connection_lost, None)
                return
            try:
                keep_open = self._protocol.eof_received()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, "Fatal error: protocol.eof_received() call failed.")
                return
            if not keep_open:
                self.close()
        elif tag == "error":
            self._fatal_error(value, "Fatal read error on socket transport")
        elif tag == "drained":
            if self._protocol_paused:
                self._protocol_paused = False
                self._protocol.resume_writing()
        elif tag == "closed":
            self._call_connection_lost(None)

    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._conn_lost or self._closing:
            self._conn_lost += 1
            return
        if _native.stream_write(self._sid, data) and not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        _native.stream_write_eof(self._sid)

    def close(self):
        if self._closing:
            return
        self._closing = True
        _native.stream_close(self._sid)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message="Fatal error on transport"):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                "message": message,
                "exception": exc,
                "transport": self,
                "protocol": self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        self._closing = True
        self._conn_lost += 1
        _native.stream_abort(self._sid)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._lost_called:
            return
        self._lost_called = True
        _io_unregister(self._token)
        if self._sid is not None:
            _native.stream_abort(self._sid)
        self._sid = None
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._protocol = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


# ---------------------------------------------------------------- servers

class Server:
    __module__ = "asyncio.base_events"

    def __init__(self, loop, listeners, sockets, protocol_factory, backlog=100):
        self._loop = loop
        self._listeners = listeners
        self._tokens = []
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f"<{self.__class__.__name__} sockets={self.sockets!r}>"

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for lid in self._listeners:
            token = _io_register(self._accept_event)
            self._tokens.append(token)
            _native.tcp_accept(lid, token)

    def _accept_event(self, tag, value):
        if tag != "accept" or self._sockets is None:
            return
        sid, sockname, peername = value
        extra = {"peername": peername, "sockname": sockname, "socket": TransportSocket(_family_of(sockname), sockname, peername)}
        # as in CPython, each accepted connection is set up by a task
        self._loop.create_task(self._accept_connection2(sid, extra))

    async def _accept_connection2(self, sid, extra):
        protocol = None
        transport = None
        try:
            protocol = self._protocol_factory()
            waiter = self._loop.create_future()
            transport = _StreamTransport(self._loop, sid, protocol, extra, waiter=waiter, server=self)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._loop.get_debug():
                self._loop.call_exception_handler({
                    "message": "Error on transport creation for incoming connection",
                    "exception": exc,
                    "protocol": protocol,
                    "transport": transport,
                })

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for lid in self._listeners:
            _native.listener_close(lid)
        for token in self._tokens:
            _io_unregister(token)
        self._tokens = []
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        # skip one loop iteration so that all listening sockets are accepting
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._sockets is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # (CPython 3.11 returns at once once close() was called)
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _addresses(host, port, passive=False):
    if isinstance(port, str):
        port = int(port)
    if host == "":
        host = None
    if host is None and passive:
        # getaddrinfo(None, port, flags=AI_PASSIVE): every interface, IPv6 first
        return [(10, ("::", port, 0, 0)), (2, ("0.0.0.0", port))]
    infos = []
    hosts = host if isinstance(host, (list, tuple)) else [host]
    for h in hosts:
        for info in _native.getaddrinfo(h, port):
            if info not in infos:
                infos.append(info)
    if not infos:
        raise OSError("getaddrinfo() returned empty list")
    return infos


async def _create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0, flags=0,
                             sock=None, local_addr=None, server_hostname=None, ssl_handshake_timeout=None,
                             ssl_shutdown_timeout=None, happy_eyeballs_delay=None, interleave=None):
    if ssl is not None:
        raise NotImplementedError("ssl is not supported by tikitaka")
    if sock is not None:
        raise NotImplementedError("sock= is not supported by tikitaka")
    if host is None and port is None:
        raise ValueError("host and port was not specified and no sock specified")
    infos = _addresses(host, port)
    exceptions = []
    for fam, address in infos:
        if family and fam != family:
            continue
        fut = self.create_future()
        token = _io_register(lambda tag, value, fut=fut: fut.done() or fut.set_result((tag, value)))
        try:
            _native.tcp_connect(address[0], address[1], token)
            tag, value = await fut
        finally:
            _io_unregister(token)
        if tag == "error":
            exceptions.append(_native.os_error(value.errno, f"Connect call failed {address}"))
            continue
        sid, sockname, peername = value
        extra = {"peername": peername, "sockname": sockname, "socket": TransportSocket(fam, sockname, peername)}
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _StreamTransport(self, sid, protocol, extra, waiter=waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol
    if len(exceptions) == 1:
        raise exceptions[0]
    model = str(exceptions[0])
    if all(str(exc) == model for exc in exceptions):
        raise exceptions[0]
    raise OSError("Multiple exceptions: {}".format(", ".join(str(exc) for exc in exceptions)))


async def _create_server(self, protocol_factory, host=None, port=None, *, family=0, flags=1, sock=None, backlog=100,
                         ssl=None, reuse_address=None, reuse_port=None, ssl_handshake_timeout=None,
                         ssl_shutdown_timeout=None, start_serving=True):
    if ssl is not None:
        raise NotImplementedError("ssl is not supported by tikitaka")
    if sock is not None:
        raise NotImplementedError("sock= is not supported by tikitaka")
    if host is None and port is None:
        raise ValueError("Neither host/port nor sock were specified")
    listeners = []
    sockets = []
    try:
        for fam, address in _addresses(host, port, passive=True):
            if family and fam != family:
                continue
            try:
                lid, sockname = _native.tcp_listen(address[0], address[1])
            except OSError as err:
                raise OSError(err.errno, "error while attempting to bind on address %r: %s" % (address, err.strerror.lower())) from None
            listeners.append(lid)
            sockets.append(TransportSocket(fam, sockname))
    except BaseException:
        for lid in listeners:
            _native.listener_close(lid)
        raise
    server = Server(self, listeners, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        # skip one loop iteration so that all listening sockets are accepting
        await sleep(0)
    return server


BaseEventLoop.create_connection = _create_connection
BaseEventLoop.create_server = _create_server


# ---------------------------------------------------------------- streams

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await loop.create_server(factory, host, port, **kwds)


class FlowControlMixin(Protocol):
    __module__ = "asyncio.streams"

    def __init__(self, loop=None):
        if loop is None:
            from asyncio import _get_event_loop
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        # wake up the writers if currently paused
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError("Connection lost")
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, Protocol):
    __module__ = "asyncio.streams"

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if type(res).__name__ == "coroutine":
                def callback(task):
                    # (3.11 does not check for a cancelled task: exception()
                    # raises CancelledError, which the loop reports)
                    exc = task.exception()
                    if exc is not None:
                        self._loop.call_exception_handler({
                            "message": "Unhandled exception in client_connected_cb",
                            "exception": exc,
                            "transport": transport,
                        })
                        transport.close()
                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                self._closed._log_traceback = False
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    __module__ = "asyncio.streams"

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f"transport={self._transport!r}"]
        if self._reader is not None:
            info.append(f"reader={self._reader!r}")
        return "<{}>".format(" ".join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # yield to the loop so that connection_lost() may be called
            await sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    __module__ = "asyncio.streams"

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        if loop is None:
            from asyncio import _get_event_loop
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._buffer = b""
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append(f"{len(self._buffer)} bytes")
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append(f"limit={self._limit}")
        if self._waiter:
            info.append(f"waiter={self._waiter!r}")
        if self._exception:
            info.append(f"exception={self._exception!r}")
        if self._transport:
            info.append(f"transport={self._transport!r}")
        if self._paused:
            info.append("paused")
        return "<{}>".format(" ".join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError("Transport already set")
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError("feed_data after feed_eof")
        if not data:
            return
        self._buffer += bytes(data)
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f"{func_name}() called while another coroutine is already waiting for incoming data")
        if self._eof:
            raise AssertionError("_wait_for_data after EOF")
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b"\n"
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                self._buffer = self._buffer[e.consumed + seplen:]
            else:
                self._buffer = b""
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b"\n"):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError("Separator is not found, and chunk exceed the limit", offset)
            if self._eof:
                chunk = self._buffer
                self._buffer = b""
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data("readuntil")
        if isep > self._limit:
            raise LimitOverrunError("Separator is found, but chunk is longer than limit", isep)
        chunk = self._buffer[:isep + seplen]
        self._buffer = self._buffer[isep + seplen:]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b"".join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data("read")
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b""
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data("readexactly")
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b"":
            raise StopAsyncIteration
        return val
