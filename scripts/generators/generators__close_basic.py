# Checks close(): GeneratorExit is raised at the paused yield, finally blocks run, and the generator is finished.
def worker(name):
    print(f"  {name}: start")
    try:
        while True:
            task = yield
            print(f"  {name}: doing {task}")
    except GeneratorExit:
        print(f"  {name}: got GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally cleanup")

w = worker("A")
next(w)
w.send("빨래"); w.send("설거지")
print("close returned", w.close())
print("A is finished:", next(w, "exhausted"))

def only_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  only_finally cleanup")
o = only_finally()
print(next(o)); o.close(); print("closed o")

def exit_is_base():
    try:
        yield
    except Exception:
        print("  Exception does not catch GeneratorExit")
    except BaseException as e:
        print("  caught as BaseException:", type(e).__name__, issubclass(GeneratorExit, Exception))
        raise
e = exit_is_base()
next(e)
e.close()

def returns_on_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("  returning instead of re-raising is allowed")
        return 3.14
r = returns_on_exit()
next(r)
r.close()
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("different error on close")
ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print("close propagates other errors:", e)
