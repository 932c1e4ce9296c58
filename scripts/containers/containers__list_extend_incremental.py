# list.extend and += take a generator's items one by one: the generator sees
# the list grow, and an error inside it keeps what was appended before.
l = [1]
try:
    l += 5
except TypeError as e:
    print(e)
def g():
    yield 2
    raise KeyError("inside")
try:
    l += g()
except KeyError as e:
    print("KeyError", e, l)
l += (x for x in [7])
print(l)
m = [0]
m.extend(len(m) for _ in range(3))
print(m)
def bad():
    yield "a"
    yield 1 / 0
try:
    m.extend(bad())
except ZeroDivisionError as e:
    print(e, m)
m += m
print(m)
