# Checks PEP 479: a StopIteration escaping a generator body becomes RuntimeError with __cause__ set.
def leaky(it):
    while True:
        yield next(it)

g = leaky(iter([1, 2]))
print(next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__suppress_context__)
    print("context is cause:", e.__context__ is e.__cause__)

def explicit():
    yield 1
    raise StopIteration("custom")
try:
    print(list(explicit()))
except RuntimeError as e:
    print("list():", e, "| cause args:", e.__cause__.args)

def 안전한(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "정상 종료"
s = 안전한(iter("ab"))
print(list(s))

class MyStop(StopIteration):
    pass
def subclass():
    yield 0
    raise MyStop
try:
    for x in subclass():
        print("x =", x)
except RuntimeError as e:
    print("subclass also converted:", e, type(e.__cause__).__name__)

def throws_through():
    yield 1
gen = throws_through()
next(gen)
try:
    gen.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration converted too:", e)
except StopIteration:
    print("not converted")

def other_error():
    yield 1
    raise ValueError("not touched")
try:
    list(other_error())
except ValueError as e:
    print("ValueError passes through:", e)
