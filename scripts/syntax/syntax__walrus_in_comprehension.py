# Assignment expressions (:=) inside comprehensions bind in the enclosing
# scope: a function's local (a cell) or, at module level, a global.
def f():
    r = [y for x in range(5) if (y := x * 2) > 4]
    return r, y
print(f())
print([last := i for i in range(3)], last)
data = [1, 2, 3]
if any((hit := v) > 1 for v in data):
    print("hit", hit)
print([y3 for x in range(3) if (y3 := x) >= 0])
