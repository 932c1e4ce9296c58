# traceback (tikitaka's frozen subset): format_exc, print_exc,
# format_exception, format_exception_only, print_exception, the exception
# formatting that asyncio lessons use in their error handlers. The text is
# the interpreter's own report for an uncaught exception (chained causes and
# contexts, source lines with ^ markers); frames of tikitaka's frozen modules
# are left out, as in its tracebacks. Not provided: limit= (ignored), stack
# inspection (extract_stack, print_stack, walk_tb, StackSummary,
# TracebackException, FrameSummary).

import sys
from _stdlib_native import format_exception as _format, format_exception_only as _format_only

_sentinel = object()


def _exc_of(exc, value):
    # print_exception(exc) and the older print_exception(type, value, tb)
    if value is not _sentinel:
        return value
    return exc


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last line(s): ['Type: message\\n']."""
    exc = _exc_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return [_format_only(exc)]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report for exc, as a list of strings ending in newlines."""
    exc = _exc_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if not chain:
        return ["".join(_single(exc))]
    return _format(exc).splitlines(True)


def _single(exc):
    cause, context = exc.__cause__, exc.__context__
    suppress = exc.__suppress_context__
    try:
        exc.__cause__ = None
        exc.__context__ = None
        return _format(exc).splitlines(True)
    finally:
        exc.__cause__ = cause
        exc.__context__ = context
        exc.__suppress_context__ = suppress


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the report for exc to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report for the exception being handled to file (sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
