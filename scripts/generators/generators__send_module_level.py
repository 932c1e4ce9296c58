# `g.send(x)` written at module level, as study notes write it: the
# receiver is a global name, the value a global name or a constant. The
# interpreter resumes a generator at once and runs the call as written for
# anything else, with the same results and errors.
def echo(tag):
    received = None
    while True:
        received = yield f"{tag}: {received!r}"


cor = echo("에코")
print(next(cor))
print(cor.send(10))
print(cor.send("티키타카"))
print(cor.send(None))
value = 2.5
print(cor.send(value))
cor.send(value)
for n in range(3):
    print(cor.send(n))


class Recorder:
    def __init__(self):
        self.seen = []

    def send(self, item):
        self.seen.append(item)
        return len(self.seen)


cor = Recorder()
print(cor.send(10), cor.send(value))
print(cor.seen)


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for term in (10, 30, 5):
    latest = avg.send(term)
print("평균:", latest)

fresh = averager()
try:
    fresh.send(10)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))


def two_steps():
    yield "one"
    return "done"


once = two_steps()
print(once.send(None))
try:
    once.send(value)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    once.send(value)
except StopIteration as e:
    print("StopIteration again:", e.value)

try:
    print(missing.send(1))
except NameError as e:
    print("NameError:", e)

cor = echo("again")
next(cor)
try:
    cor.send(undefined_value)
except NameError as e:
    print("NameError:", e)
print(cor.send(len))

del cor
try:
    cor.send(1)
except NameError as e:
    print("NameError:", e)

number = 7
try:
    number.send(1)
except AttributeError as e:
    print("AttributeError:", e)


class Body:
    inner = echo("class body")
    first = next(inner)
    second = inner.send(42)
    print(first, "|", second)


def drive():
    local = echo("in a function")
    local.send(None)
    return local.send(5), local.send("상수")


print(drive())


def selfish():
    while True:
        x = yield
        me.send(x)


me = selfish()
next(me)
try:
    me.send(1)
except ValueError as e:
    print("ValueError:", e)

cor = echo("last")
next(cor)
cor.send(1, 2)
