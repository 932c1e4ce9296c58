# Checks the TypeError for sending a non-None value to a just-started generator, and that the generator survives it.
def gen():
    print("body running")
    v = yield "first"
    print("got", v)
    yield "second"

g = gen()
for value in [1, "text", 0, 0.0, False, [], ()]:
    try:
        g.send(value)
    except TypeError as e:
        print(type(e).__name__ + ":", e, "| sent", repr(value))
print("generator still usable:", g.send(None))
print(g.send("hello"))
try:
    g.send(None)
except StopIteration:
    print("finished")

g2 = gen()
print(next(g2))
print("after priming, a non-None send works:", g2.send(99))

def 코루틴():
    while True:
        x = (yield)
        print("받아온 값:", x)

cor = 코루틴()
try:
    cor.send("너무 이름")
except TypeError as e:
    print("잡힌 오류:", e)
cor.send(None)
cor.send("이제 됨")
cor.send(3.5)

def finished():
    yield 1
f = finished()
list(f)
try:
    f.send(5)
except StopIteration:
    print("sending to a finished generator: StopIteration, not TypeError")
