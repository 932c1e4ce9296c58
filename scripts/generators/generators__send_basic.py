# Checks send(v) delivering values, and that send(None) is the same as next() for starting and resuming.
def trace():
    print("  started")
    count = 0
    while True:
        got = yield count
        count += 1
        print(f"  resumed #{count} with {got!r}")

a = trace()
b = trace()
print("a via next:", next(a))
print("b via send(None):", b.send(None))
print("a next:", next(a))
print("b send(None):", b.send(None))
print("a send:", a.send("x"))
print("b send:", b.send(2.75))

def letters():
    for ch in "abc":
        yield ch
l = letters()
print(l.send(None), next(l), l.send(None))
try:
    l.send(None)
except StopIteration:
    print("send(None) raises StopIteration at the end too")

def 저금통():
    잔액 = 0
    while True:
        입금 = yield 잔액
        if 입금 is None:
            print("  잔액 조회:", 잔액)
            continue
        잔액 += 입금

bank = 저금통()
next(bank)
bank.send(1000)
bank.send(250.5)
print(next(bank))
print(bank.send(None))
print(bank.send(-50))

def results():
    r = []
    while len(r) < 3:
        r.append((yield len(r)))
    return r
x = results()
next(x)
x.send("a"); x.send("b")
try:
    x.send("c")
except StopIteration as e:
    print("collected", e.value)
