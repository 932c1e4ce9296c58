# Checks the traceback when a context manager's __exit__ raises: the with line carries no markers.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")

def use():
    with Bad() as b:
        print("inside")

use()
