# inspect (tikitaka's frozen subset): the states of generators and
# coroutines (getgeneratorstate, getcoroutinestate, their GEN_*/CORO_*
# constants, getgeneratorlocals, getcoroutinelocals), the is* predicates for
# functions, methods, classes, modules, builtins, generators, coroutines,
# async generators and awaitables, and the CO_* code flags. Not provided:
# signature, getsource, getmembers, and frame and stack inspection
# (currentframe, stack).

import _inspect
import types as _types

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def _state(obj, prefix, states):
    # (read from the object's attributes, as CPython does: anything else
    # fails with their AttributeError)
    if getattr(obj, prefix + "_running"):
        return states[0]
    if getattr(obj, prefix + "_suspended"):
        return states[1]
    if getattr(obj, prefix + "_frame") is None:
        return states[2]
    return states[3]


def getgeneratorstate(generator):
    return _state(generator, "gi", (GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED, GEN_CREATED))


def getcoroutinestate(coroutine):
    return _state(coroutine, "cr", (CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED, CORO_CREATED))


def getgeneratorlocals(generator):
    return _inspect.getgeneratorlocals(generator)


def getcoroutinelocals(coroutine):
    return _inspect.getcoroutinelocals(coroutine)


def _unwrap_partial(func):
    # functools.partial objects answer for the function they wrap
    while type(func).__name__ == 'partial' and type(func).__module__ == 'functools':
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _inspect.isgeneratorfunction(_unwrap_partial(obj))


def iscoroutinefunction(obj):
    return _inspect.iscoroutinefunction(_unwrap_partial(obj))


def isasyncgenfunction(obj):
    return _inspect.isasyncgenfunction(_unwrap_partial(obj))


def isfunction(obj):
    return _inspect.isfunction(obj)


def ismethod(obj):
    return _inspect.ismethod(obj)


def isclass(obj):
    return _inspect.isclass(obj)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, _types.AsyncGeneratorType)


def isawaitable(obj):
    if isinstance(obj, _types.CoroutineType):
        return True
    if isinstance(obj, _types.GeneratorType):
        return _inspect.is_iterable_coroutine(obj)
    from collections.abc import Awaitable
    return isinstance(obj, Awaitable)
