# Checks `x = yield` and `x = (yield)` receiving values from send().
def receiver():
    print("receiver started")
    x = yield
    print("received x =", x)
    y = (yield)
    print("received y =", y)
    z = yield
    print("received z =", z, type(z).__name__)

r = receiver()
print("next ->", next(r))
print("send ->", r.send(10))
print("send ->", r.send("안녕하세요"))
try:
    r.send(3.14)
except StopIteration as e:
    print("finished, value:", e.value)

def echo_loop():
    while True:
        받은값 = (yield)
        print("받아온 값:", 받은값)

e = echo_loop()
next(e)
for item in [1, 2.5, "문자열", [1, 2], (3,), None, True]:
    e.send(item)
e.close()

def yields_none_when_next():
    while True:
        v = yield
        print("v is", v)

n = yields_none_when_next()
next(n)
next(n)
n.send(0)
next(n)
print("done")
