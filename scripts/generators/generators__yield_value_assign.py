# Checks `x = (yield y)`: the yielded value goes out and the sent value comes back in.
def accumulator():
    total = 0
    while True:
        x = (yield total)
        print("  accumulator got", x)
        total += x

acc = accumulator()
print("primed with", acc.send(None))
for v in [1, 2, 3, 4]:
    print("after send", v, "->", acc.send(v))
print("next sends None? ", end="")
try:
    next(acc)
except TypeError as e:
    print("TypeError:", e)

def 평균기():
    합계 = 0.0
    개수 = 0
    평균 = None
    while True:
        값 = yield 평균
        합계 += 값
        개수 += 1
        평균 = 합계 / 개수

m = 평균기()
print(next(m))
for v in [10, 20.5, 30, 0.1]:
    print(f"{v} -> {m.send(v)}")

def doubler():
    received = yield "ready"
    while received is not None:
        received = yield received * 2
    return "stopped"

d = doubler()
print(next(d))
print(d.send(21))
print(d.send("ab"))
print(d.send([0]))
try:
    d.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
