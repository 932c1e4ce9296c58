# Checks throw() into a just-started generator: the body never runs and the generator is closed afterwards.
def gen():
    print("body started (should not print)")
    try:
        yield 1
    except ValueError:
        print("handler (should not print)")
        yield 2
    finally:
        print("finally (should not print)")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated immediately:", e)
try:
    next(g)
except StopIteration:
    print("the generator is now finished")
print(list(g))

def with_default():
    x = yield "ready"
    return x

w = with_default()
try:
    w.throw(KeyError, "k")
except KeyError as e:
    print("KeyError:", e)
try:
    w.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

def 감시자():
    print("감시 시작")
    yield "감시 중"
s = 감시자()
try:
    s.throw(StopIteration)
except StopIteration as e:
    print("StopIteration from throw, not converted:", type(e).__name__)
except RuntimeError as e:
    print("converted:", e)

g3 = gen()
try:
    g3.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit thrown into fresh generator propagates")
g3.close()
print("close after that is fine")
