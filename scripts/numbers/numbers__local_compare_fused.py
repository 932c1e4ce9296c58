# Comparisons of locals and constants that branch (done in one step by the
# interpreter for small ints): every operator, mixed types, loops.
def f(a, b):
    out = []
    for op in range(6):
        if op == 0 and a < b: out.append("lt")
        if op == 1 and a <= b: out.append("le")
        if op == 2 and a == b: out.append("eq")
        if op == 3 and a != b: out.append("ne")
        if op == 4 and a > b: out.append("gt")
        if op == 5 and a >= b: out.append("ge")
    if a < 3: out.append("a<3")
    if not (b >= 2): out.append("not b>=2")
    while a < b:
        a += 1
    out.append(a)
    return out
for a, b in [(1, 2), (2, 2), (3, 1), (-5, 5), (2**62, 2**62 + 1), (True, 2), (1.5, 2)]:
    print(a, b, f(a, b))
