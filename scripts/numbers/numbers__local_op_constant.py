# `local OP constant` (done in one step by the interpreter when both are
# small ints): every operator, overflow into big ints, floats, errors.
def f(n):
    a = n - 1
    b = n * 3000000000000
    c = n ** 2
    d = n ** -1
    e = n // 2
    g = n / 2
    n += 1
    h = n << 62
    i = n & 6
    return a, b, c, d, e, g, n, h, i
print(f(7), f(-7), f(2**62))
def z(n):
    return n % 0
def u():
    if False:
        q = 1
    return q + 1
for fn in (lambda: z(5), u):
    try:
        fn()
    except Exception as e:
        import traceback; traceback.print_exc()
