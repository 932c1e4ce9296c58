# Checks that an exhausted generator keeps raising StopIteration (without the return value) forever.
def two():
    yield "a"
    yield "b"
    return "ret"

g = two()
print(list(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "StopIteration value:", e.value, "args:", e.args)
print("list again:", list(g))
print("for loop body runs zero times:", [x for x in g])

h = two()
next(h); next(h)
try:
    next(h)
except StopIteration as e:
    print("first time value:", e.value)
try:
    next(h)
except StopIteration as e:
    print("second time value:", e.value)
try:
    h.send("x")
except StopIteration as e:
    print("send after end value:", e.value)
try:
    h.throw(ValueError("late"))
except ValueError as e:
    print("throw after end raises the thrown error:", e)

print("next with default:", next(two(), "unused"), next(g, "기본값"))
it = iter([1.5])
print(next(it), next(it, None), next(it, None))
숫자 = (n for n in [7])
print(sum(숫자), sum(숫자))
print(max(two(), default="?"), max(g, default="빈"))
