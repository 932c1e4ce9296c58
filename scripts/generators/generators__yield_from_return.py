# Checks that the value of a `yield from` expression is the sub-generator's return value.
def sub(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return f"{name} finished after {n}"

def main_gen():
    r1 = yield from sub("a", 2)
    print("  r1 =", r1)
    r2 = yield from sub("b", 0)
    print("  r2 =", r2)
    r3 = yield from sub("c", 1)
    return [r1, r2, r3]

g = main_gen()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("outer returned:", e.value)
        break
print(out)

def 합계(값들):
    전체 = 0.0
    for v in 값들:
        전체 += v
        yield v
    return 전체

def 보고서():
    a = yield from 합계([1.5, 2.5])
    b = yield from 합계([10, 0.25])
    yield f"합계: {a} + {b} = {a + b}"
print(list(보고서()))

def averager():
    total, count = 0, 0
    while True:
        v = yield
        if v is None:
            return total / count if count else 0.0
        total += v
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("boys", [40.9, 38.5, 44.3]), ("girls", [1.6, 1.51, 1.4])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print({k: round(v, 3) for k, v in sorted(results.items())})
