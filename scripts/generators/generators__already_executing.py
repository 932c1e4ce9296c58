# Checks `ValueError: generator already executing` when a generator re-enters itself.
def selfish():
    me = yield "got myself"
    try:
        next(me)
    except ValueError as e:
        print("inside:", type(e).__name__, e)
    try:
        me.send(1)
    except ValueError as e:
        print("inside send:", e)
    yield "after"

g = selfish()
print(next(g))
print(g.send(g))

holder = []
def reenter():
    yield 1
    yield holder[0].send(None)

r = reenter()
holder.append(r)
print(next(r))
try:
    next(r)
except ValueError as e:
    print("outside:", e)
print("after the error the generator is finished:", list(r))

class 상자:
    pass
box = 상자()
def via_attr():
    try:
        box.gen.throw(KeyError)
    except ValueError as e:
        print("throw while running:", e)
    try:
        box.gen.close()
    except ValueError as e:
        print("close while running:", e)
    yield "done"
box.gen = via_attr()
print(next(box.gen))

def wrapper():
    yield from inner_holder[0]
inner_holder = []
def inner():
    try:
        next(w)
    except ValueError as e:
        print("delegating outer running:", e)
    yield "inner ok"
w = wrapper()
inner_holder.append(inner())
print(next(w))
