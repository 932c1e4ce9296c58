# Checks context managers whose __exit__ suppresses exceptions by returning True.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = exc
            return True
        return False

with Suppress(ZeroDivisionError) as guard:
    print("before error")
    1 / 0
    print("never printed")
print("after with, caught:", repr(guard.caught))

with Suppress(KeyError) as guard:
    print("no error at all")
print("caught:", guard.caught)

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as err:
    print("escaped:", err)

class Transaction:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self.log

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append("rollback: " + str(exc))
        return True

tx = Transaction()
with tx as log:
    log.append("write 1")
    raise RuntimeError("disk full")
print(tx.log)

for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError
        print("iteration", i)
