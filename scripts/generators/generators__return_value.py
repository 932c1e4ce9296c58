# Checks `return value` in a generator becoming StopIteration.value, and bare return giving None.
def with_return(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

g = with_return(3)
next(g)
g.send(10)
g.send(20)
try:
    g.send(30.5)
except StopIteration as e:
    print("value:", e.value, "args:", e.args, type(e.value).__name__)

def bare():
    yield 1
    return
b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print("bare return value:", e.value, "args:", e.args)

def returns_tuple():
    yield
    return "결과", 2
r = returns_tuple()
next(r)
try:
    next(r)
except StopIteration as e:
    print("tuple value:", e.value, e.args)

def no_yield_reached(flag):
    if flag:
        yield "reached"
    return "early exit"
print(list(no_yield_reached(False)), list(no_yield_reached(True)))
e1 = no_yield_reached(False)
try:
    next(e1)
except StopIteration as e:
    print("early:", e.value)
print("for loops ignore the value:", [x for x in no_yield_reached(True)])
def returns_list():
    yield 0
    return [1, 2]
it = returns_list(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, str(e))
