# Checks generator expression laziness, own scope, and that only the first iterable is evaluated eagerly.
def source(name, items):
    print(f"  evaluating source {name}")
    return items

def noisy(x):
    print(f"  computing {x}")
    return x * 10

print("creating genexp")
g = (noisy(x) for x in source("outer", [1, 2, 3]))
print("created; now pulling one")
print(next(g))
print("pulling the rest")
print(list(g))

print("nested: inner iterable is evaluated lazily, per outer item")
g2 = (a + b for a in source("A", "xy") for b in source("B", "12"))
print("created g2")
print(list(g2))

print("error timing of the first iterable:")
try:
    g3 = (x for x in undefined_name)
    print("not reached")
except NameError as e:
    print("NameError at creation:", e)

print("error timing of the element expression:")
g4 = (1 / x for x in [1, 0, 2])
print("created g4 without error")
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second next:", e)
print("after an error the genexp is finished:", list(g4))

try:
    g6 = (y for y in 42)
except TypeError as e:
    print("TypeError at creation:", e)

x = "outer x"
result = list(x for x in range(3))
print(result, x)
n = 10
late = (i + n for i in range(2))
n = 100
print(list(late))
배열 = [1, 2]
lazy = (v * 1.5 for v in 배열)
배열.append(3)
print(list(lazy))
