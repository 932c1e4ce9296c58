# Checks that a lone *iterable argument is consumed at call time (after keyword values) and the error for non-iterables.
log = []
def g(i):
    log.append(f"g{i}")
    return i
def h():
    log.append("h")
    return 9
def f(*args, k=None):
    return args, k
print(f(*(g(i) for i in range(3)), k=h()), log)
print(f(*[1, 2]), f(*"ab", k=1), f(*range(2)))
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    print(*None)
except TypeError as e:
    print(e)
