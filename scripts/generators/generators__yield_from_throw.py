# Checks throw() delegation through `yield from`: the inner generator handles it or it propagates outward.
class Skip(Exception):
    pass

def inner():
    n = 0
    while n < 5:
        try:
            yield n
        except Skip:
            print("  inner caught Skip at", n)
            n += 10
            yield "skipped"
        n += 1
    return "inner end"

def outer():
    try:
        r = yield from inner()
        print("  outer got", r)
    except ValueError as e:
        print("  outer caught", repr(e))
        yield "outer recovered"
    yield "outer end"

o = outer()
print(next(o), next(o), o.throw(Skip), list(o))
o2 = outer()
print(next(o2), o2.throw(ValueError("to outer")), list(o2))

def 안쪽():
    try:
        yield "안"
    finally:
        print("  안쪽 finally")
def 바깥():
    yield from 안쪽()
b = 바깥()
next(b)
try:
    b.throw(KeyError("밖으로"))
except KeyError as e:
    print("propagated out:", e)

def thrower():
    yield 1
def converts():
    try:
        yield from thrower()
    except TypeError:
        print("  converted to", (yield "converted"))
c = converts()
next(c)
print(c.throw(TypeError))
try:
    c.send(2.5)
except StopIteration:
    print("converts finished")
