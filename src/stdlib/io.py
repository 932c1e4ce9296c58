# tikitaka's `open()` and the file objects it returns (the `io` module's
# TextIOWrapper, BufferedReader and BufferedWriter, as far as lessons use
# them). Reading loads the whole file when it is opened; writing goes
# straight to the file on every write(), so nothing is lost when a program
# forgets to close it. Modes with '+' are not supported. Also StringIO and
# BytesIO, in-memory streams.
import _fileio


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _check_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    kinds = [c for c in mode if c in "rwax"]
    if len(set(mode)) != len(mode) or any(c not in "rwaxbt+" for c in mode):
        raise ValueError(f"invalid mode: '{mode}'")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if len(kinds) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "+" in mode:
        raise NotImplementedError(f"open(): mode '{mode}' (reading and writing the same file) is not supported by tikitaka")
    return kinds[0], "b" in mode


class _File:
    def __init__(self, name, mode, kind):
        self.name = name
        self.mode = mode
        self._kind = kind
        self._closed = False
        self._pos = 0
        self._data = None

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_open()
        return self._kind == "r"

    def writable(self):
        self._check_open()
        return self._kind != "r"

    def seekable(self):
        self._check_open()
        return True

    def _need(self, reading):
        self._check_open()
        if reading and self._kind != "r":
            raise UnsupportedOperation("not readable")
        if not reading and self._kind == "r":
            raise UnsupportedOperation("not writable")

    def flush(self):
        self._check_open()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def read(self, size=-1):
        self._need(True)
        if size is None or size < 0:
            chunk = self._data[self._pos:]
        else:
            chunk = self._data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    def readline(self, size=-1):
        self._need(True)
        end = self._data.find(self._newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readlines(self, hint=-1):
        return list(self)

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, offset, whence=0):
        self._check_open()
        if self._kind != "r":
            raise UnsupportedOperation("tikitaka can only seek in files opened for reading")
        if whence == 0:
            self._pos = offset
        elif whence == 1:
            self._pos += offset
        else:
            self._pos = len(self._data) + offset
        return self._pos

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class TextIOWrapper(_File):
    def __init__(self, name, mode, kind, encoding, errors, newline):
        super().__init__(name, mode, kind)
        self.encoding = "UTF-8" if encoding is None else encoding
        self.errors = "strict" if errors is None else errors
        self._codec = "utf-8" if encoding is None else encoding
        self._newline = "\n"
        if kind == "r":
            text = _fileio.read(name).decode(self._codec, self.errors)
            if newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._data = text
        else:
            _fileio.create(name, kind)

    # positions are byte offsets into the encoded text, as in CPython
    def tell(self):
        self._check_open()
        return len(self._data[:self._pos].encode(self._codec, self.errors)) if self._kind == "r" else 0

    def seek(self, cookie, whence=0):
        self._check_open()
        if self._kind != "r":
            raise UnsupportedOperation("tikitaka can only seek in files opened for reading")
        if whence != 0:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks" if whence == 1 else "can't do nonzero end-relative seeks")
            self._pos = self._pos if whence == 1 else len(self._data)
        else:
            self._pos = len(self._data.encode(self._codec, self.errors)[:cookie].decode(self._codec, "ignore"))
        return self.tell()

    def write(self, s):
        self._need(False)
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        _fileio.append(self.name, s.encode(self._codec, self.errors))
        return len(s)

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


class BufferedReader(_File):
    def __init__(self, name, mode):
        super().__init__(name, mode, "r")
        self._newline = b"\n"
        self._data = _fileio.read(name)

    def __repr__(self):
        return f"<_io.BufferedReader name={self.name!r}>"


class BufferedWriter(_File):
    def __init__(self, name, mode, kind):
        super().__init__(name, mode, kind)
        _fileio.create(name, kind)

    def write(self, b):
        self._need(False)
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        _fileio.append(self.name, bytes(b))
        return len(b)

    def __repr__(self):
        return f"<_io.BufferedWriter name={self.name!r}>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    kind, binary = _check_mode(mode)
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if kind == "r":
            return BufferedReader(file, mode)
        return BufferedWriter(file, mode, kind)
    return TextIOWrapper(file, mode, kind, encoding, errors, newline)


class _MemoryIO:
    # what StringIO and BytesIO share: a buffer and a position in it
    _empty = ""

    def __init__(self, initial):
        self._buffer = initial
        self._pos = 0
        self.closed = False

    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check()
        return self._buffer

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._write_type_error(s))
        end = self._pos + len(s)
        if self._pos > len(self._buffer):
            self._buffer += self._padding(self._pos - len(self._buffer))
        self._buffer = self._buffer[:self._pos] + s + self._buffer[end:]
        self._pos = end
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buffer)
        data = self._buffer[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check()
        newline = "\n" if isinstance(self._buffer, str) else b"\n"
        end = self._buffer.find(newline, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buffer[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buffer)
        if pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buffer = self._buffer[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    # an in-memory text stream (print(..., file=buffer), redirect_stdout)
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value)

    def _write_type_error(self, s):
        return f"string argument expected, got '{type(s).__name__}'"

    def _padding(self, n):
        return "\0" * n

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


StringIO.__module__ = "_io"


class BytesIO(_MemoryIO):
    _empty = b""

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def _write_type_error(self, s):
        return f"a bytes-like object is required, not '{type(s).__name__}'"

    def _padding(self, n):
        return bytes(n)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


BytesIO.__module__ = "_io"
