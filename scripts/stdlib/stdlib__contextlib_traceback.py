# An exception that goes through a @contextmanager unchanged keeps its own
# traceback: no entry for the generator the exception was thrown into.
from contextlib import contextmanager
@contextmanager
def cm():
    try:
        yield
    finally:
        print("cleanup")
def f():
    with cm():
        raise ValueError("x")
f()
