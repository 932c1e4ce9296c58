# contextvars (tikitaka's frozen subset): ContextVar (get, set, reset),
# Token, Context (run, copy, the read-only mapping methods) and
# copy_context. asyncio runs each task's steps, and each callback given to
# call_soon/call_later/call_at, in the context copied when the task or the
# callback was made, as CPython does. A Context here is a dict that set()
# changes in place; copies are taken where CPython would share its
# immutable mapping, so what a program sees is the same.

_MISSING = object()


class Context:
    __module__ = "_contextvars"

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        outer = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = outer
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __repr__(self):
        return f"<_contextvars.Context object at {hex(id(self))}>"


class Token:
    __module__ = "_contextvars"
    MISSING = None  # (set below)

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {hex(id(self))}>"


class _TokenMissing:
    def __repr__(self):
        return "<Token.MISSING>"


Token.MISSING = _TokenMissing()


class ContextVar:
    __module__ = "_contextvars"

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *default):
        if len(default) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(default)}")
        data = _current._data
        if self in data:
            return data[self]
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current._data
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._context is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at {hex(id(self))}>"


def copy_context():
    return _current.copy()


_current = Context()


def _tell_asyncio():
    # asyncio copies contexts for its tasks and callbacks from now on (and
    # its native task step looks for them)
    import sys
    import _asyncio_native
    _asyncio_native.contexts_used()
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        asyncio._contexts_used = True


_tell_asyncio()
