# With --trace: next() on a fresh generator, a for loop driving one, builtins
# (list, sum) consuming one, and a generator that returns a value.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

c = countdown(2)
print(next(c))
for v in c:
    print("for got", v)

print(list(countdown(2)))
print(sum(x * 10 for x in countdown(3)))

def first_then_return():
    yield "only"
    return 42

g = first_then_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value)
