# Checks yield used inside larger expressions: print((yield)), (yield) + 1, call args, comparisons.
def printer():
    while True:
        print((yield))

p = printer()
next(p)
p.send("one")
p.send(2)
p.send(3.5)

def plus_one():
    y = (yield) + 1
    print("y =", y)
    z = (yield y) * 10
    print("z =", z)
    w = [(yield), (yield)]
    print("w =", w)
    return (yield "last") == "end"

g = plus_one()
print(next(g))
print(g.send(41))
print(g.send(5))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("end")
except StopIteration as e:
    print("returned", e.value)

def 조건():
    if (yield "질문") > 3:
        yield "큰 수"
    else:
        yield "작은 수"

for answer in [1, 7]:
    c = 조건()
    print(next(c), answer, c.send(answer))

def in_fstring():
    yield f"<{(yield 'first')}>"

f = in_fstring()
print(next(f))
print(f.send("middle"))
def tuple_yield():
    a = yield 1, 2
    print("a =", a)
t = tuple_yield()
print(next(t))
try:
    t.send((3, 4))
except StopIteration:
    print("tuple done")
