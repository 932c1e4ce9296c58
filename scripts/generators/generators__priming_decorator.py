# Checks a priming decorator that advances a coroutine to its first yield so send() works at once.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        first = next(cr)
        print(f"  primed {func.__name__}, first yield = {first!r}")
        return cr
    start.__name__ = func.__name__
    start.__doc__ = func.__doc__
    return start

@coroutine
def 출력기(머리말):
    """받은 값을 출력한다."""
    while True:
        값 = (yield)
        print(f"{머리말} {값}")

p = 출력기("받아온 값:")
print(출력기.__name__, 출력기.__doc__)
p.send(10)
p.send("안녕하세요")
p.send(3.14)

@coroutine
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x

rm = running_max()
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    print(v, "->", rm.send(v))

def unprimed():
    while True:
        x = (yield)
        print("unprimed got", x)
u = unprimed()
try:
    u.send("too early")
except TypeError as e:
    print("without the decorator:", e)

@coroutine
def with_kwargs(scale, *, offset=0.0):
    out = None
    while True:
        x = yield out
        out = x * scale + offset
w = with_kwargs(2, offset=0.5)
print(w.send(1), w.send(2.25), w.send(-1))
w.close()
print("closed", w.gi_frame is None)
