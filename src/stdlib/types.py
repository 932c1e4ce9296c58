# types (tikitaka's frozen subset): SimpleNamespace; the classes of built-in
# objects FunctionType, LambdaType, GeneratorType, CoroutineType,
# AsyncGeneratorType, MethodType, BuiltinFunctionType, BuiltinMethodType,
# ModuleType, NoneType, EllipsisType, NotImplementedType; and coroutine(),
# which makes a generator function's generators awaitable (a generator-based
# coroutine). Not provided: CodeType, FrameType, TracebackType, MappingProxyType,
# new_class, prepare_class, DynamicClassAttribute, GenericAlias.

import sys as _sys
import _inspect
from _stdlib_native import iterable_coroutine as _iterable_coroutine


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()  # never awaited on purpose: no RuntimeWarning


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _f, _g, _c, _co, _ag, _C


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        for key, value in kwargs.items():
            self.__dict__[key] = value

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


class _GeneratorWrapper:
    """What coroutine() returns the results of a non-generator function in:
    an awaitable around a generator."""

    def __init__(self, gen):
        self.__wrapped = gen

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    marked = _iterable_coroutine(func)
    if marked is not func:
        return marked  # a generator function: its generators are now awaitable
    if type(func) is FunctionType and _inspect.iscoroutinefunction(func):
        return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            return _GeneratorWrapper(result)
        return result
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
