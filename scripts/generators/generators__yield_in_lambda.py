# Checks yield inside a lambda: `lambda: (yield)` makes a generator function whose return value is the lambda's result.
gen_fn = lambda: (yield)
g = gen_fn()
print(type(g).__name__, g.__name__)
print("next ->", next(g))
try:
    g.send("sent value")
except StopIteration as e:
    print("StopIteration value:", e.value)

twice = lambda x: ((yield x), (yield x * 2))
t = twice(5)
print(next(t))
print(t.send("a"))
try:
    t.send("b")
except StopIteration as e:
    print("returned tuple:", e.value)

print(list(twice(1.5)))
print(list((lambda s: (yield from s))("가나다")))
echo = lambda: print("echo:", (yield "ready"))
e = echo()
print(next(e))
try:
    e.send("안녕")
except StopIteration as s:
    print("value is None:", s.value is None)
counter = lambda n: (yield from range(n))
print(sum(counter(5)), list(counter(3)))
