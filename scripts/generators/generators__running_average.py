# Checks a running-average coroutine with floats, a reset command, and a final summary returned via StopIteration.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        if value == "reset":
            print("  reset!")
            total, count, average = 0.0, 0, None
            continue
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
for v in [10, 30, 5.5, 0.1, -2]:
    print(f"send {v!r:>5} -> average {avg.send(v)}")
print("reset ->", avg.send("reset"))
for v in [1, 2]:
    print(f"send {v} -> {avg.send(v)}")
try:
    avg.send(None)
except StopIteration as e:
    count, final = e.value
    print(f"summary: {count} values, average {final:.3f}")

def 이동평균(창크기):
    창 = []
    평균 = None
    while True:
        값 = yield 평균
        창.append(값)
        if len(창) > 창크기:
            창.pop(0)
        평균 = round(sum(창) / len(창), 4)

ma = 이동평균(3)
next(ma)
기온 = [21.5, 22.0, 23.75, 19.0, 18.25, 25.5]
for t in 기온:
    print(f"기온 {t:5.2f} -> 3일 평균 {ma.send(t)}")
ma.close()

def weighted():
    num = den = 0.0
    result = None
    while True:
        value, weight = yield result
        num += value * weight
        den += weight
        result = num / den
w = weighted()
next(w)
print([w.send(pair) for pair in [(80, 0.5), (90, 0.25), (70, 0.25)]])
