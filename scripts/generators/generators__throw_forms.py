# Checks throw(instance), throw(Type) and throw(Type, value), both caught inside and propagating out.
def catcher():
    while True:
        try:
            yield "waiting"
        except LookupError as e:
            print(f"  caught {type(e).__name__} args={e.args}")

c = catcher()
next(c)
print(c.throw(KeyError("instance")))
print(c.throw(KeyError))
print(c.throw(IndexError, "from value"))
print(c.throw(IndexError, ("a", 2)))
print(c.throw(KeyError, KeyError("exact instance")))

def propagate():
    yield 1
    yield 2

for args in [(ZeroDivisionError("x"),), (ZeroDivisionError,), (ZeroDivisionError, "y")]:
    p = propagate()
    next(p)
    try:
        p.throw(*args)
    except ZeroDivisionError as e:
        print("propagated:", repr(e))
    print("  afterwards:", list(p))

class 사용자오류(Exception):
    def __init__(self, 코드):
        super().__init__(코드)
        self.코드 = 코드

def 처리기():
    try:
        yield "시작"
    except 사용자오류 as e:
        print("  코드:", e.코드)
        yield e.코드 * 1.5

h = 처리기()
next(h)
print(h.throw(사용자오류(4)))
h2 = 처리기()
next(h2)
print(h2.throw(사용자오류, 7))

def transform():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("converted") from e
t = transform()
next(t)
try:
    t.throw(ValueError("original"))
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))
