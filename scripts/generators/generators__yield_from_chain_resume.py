# Values sent down a chain of yield from delegations, returns coming back up,
# an exception thrown through the chain, and a chain deeper than the
# recursion limit (resumed level by level, each level a frame).
def leaf():
    x = yield 1
    print("leaf got", x)
    y = yield 2
    return y * 10

def mid(sub):
    r = yield from sub
    print("mid got", r)
    return r + 1

def chain(n):
    g = leaf()
    for _ in range(n):
        g = mid(g)
    return g

g = chain(5)
print(next(g))
print(g.send("a"))
try:
    g.send(4)
except StopIteration as e:
    print("done", e.value)

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)

g = deep(50)
print(next(g))
g2 = chain(3)
next(g2)
try:
    g2.throw(ValueError("boom"))
except ValueError as e:
    print("thrown through:", e)
import sys
sys.setrecursionlimit(200)
g3 = deep(300)
try:
    next(g3)
except RecursionError as e:
    print("RecursionError", e)
