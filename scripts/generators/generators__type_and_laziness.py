# Checks that calling a generator function returns a generator object and runs nothing until next().
def 카운터(n):
    print("본문 시작", n)
    i = 0
    while i < n:
        print("  yield 직전", i)
        yield i
        print("  yield 직후", i)
        i += 1
    print("본문 끝")

g = 카운터(3)
print("created:", type(g).__name__)
print("is a generator class name?", type(g).__name__ == "generator")
print("calling did not run the body yet")
print("first next ->", next(g))
print("second next ->", next(g))
print("for loop over the rest:")
for v in g:
    print("  got", v)
print("after loop")

def plain():
    return 1

def gen_fn():
    if False:
        yield
    return 1

print(type(plain()).__name__, type(gen_fn()).__name__)
print(type(gen_fn).__name__)
h = gen_fn()
try:
    next(h)
except StopIteration as e:
    print("never yields, StopIteration value:", e.value)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
print(list(카운터(0)))
