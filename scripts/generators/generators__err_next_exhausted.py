# Checks the bare StopIteration traceback from next() on an exhausted generator.
def pair():
    yield "left"
    yield "right"
    return "done"

p = pair()
print(next(p))
print(next(p))
try:
    next(p)
except StopIteration as e:
    print("caught once, value:", e.value)
print("calling next() again without a handler")
next(p)
print("never printed")
