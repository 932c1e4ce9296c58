# Checks that send() through `yield from` reaches the inner generator and its yields come back out.
def inner():
    print("  inner started")
    total = 0
    while True:
        x = yield f"inner total {total}"
        if x == "quit":
            return total
        total += x

def middle():
    print("  middle started")
    result = yield from inner()
    print("  middle got", result)
    y = yield "middle waiting"
    print("  middle received its own value", y)
    return "middle done"

m = middle()
print(next(m))
print(m.send(5))
print(m.send(2.5))
print(m.send("quit"))
try:
    m.send("마지막")
except StopIteration as e:
    print("StopIteration:", e.value)

def 메아리():
    while True:
        받음 = yield
        print("  메아리:", 받음)

def 전달자():
    yield from 메아리()

d = 전달자()
d.send(None)
for 말 in ["안녕", 3.14, ("튜플",)]:
    d.send(말)

def collector():
    items = []
    while len(items) < 3:
        items.append((yield len(items)))
    return items

def wrapper():
    first = yield from collector()
    second = yield from collector()
    return first + second
w = wrapper()
outs = [next(w)]
try:
    for v in "abcdef":
        outs.append(w.send(v))
except StopIteration as e:
    print("collected:", e.value)
print("yielded:", outs)
