# The order in which sets print comes from CPython's hash table: where each
# element lands, the dummies that removals leave, which dummy a new element
# reuses, when the table is resized, and which operand each set operation
# walks. A few thousand random operations on sets of ints and strings.
seed = 2026


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def some_set():
    kind = rnd(3)
    n = rnd(40)
    if kind == 0:
        return {rnd(60) for _ in range(n)}
    if kind == 1:
        return {rnd(40) * 8 for _ in range(n)}
    return {str(rnd(50)) for _ in range(n)}


for step in range(1200):
    a = some_set()
    b = some_set()
    for _ in range(rnd(6)):
        if a:
            a.discard(list(a)[rnd(len(a))])
    op = rnd(17)
    if op == 0:
        r = a | b
    elif op == 1:
        r = a & b
    elif op == 2:
        r = a - b
    elif op == 3:
        r = a ^ b
    elif op == 4:
        r = a.union(list(b), b)
    elif op == 5:
        r = a.intersection(list(b))
    elif op == 6:
        r = a.difference(list(b), b)
    elif op == 7:
        r = a.symmetric_difference(list(b))
    elif op == 8:
        a |= b
        r = a
    elif op == 9:
        a &= b
        r = a
    elif op == 10:
        a -= b
        r = a
    elif op == 11:
        a ^= b
        r = a
    elif op == 12:
        a.update(list(b))
        r = a
    elif op == 13:
        a.intersection_update(b, list(b))
        r = a
    elif op == 14:
        r = frozenset(a) | set(b)
    elif op == 15:
        r = set(a)
        r.symmetric_difference_update(b)
    else:
        r = a.copy()
        while len(r) > 3:
            r.pop()
    print(step, op, r, a <= b, a >= b, a < b, a.isdisjoint(b))

words = {"사과", "바나나", "apple", "banana", "cherry", "é", "😀"}
print(words, set("hello world"), {str(i) for i in range(20)})
print(hash("a"), hash("안녕"), hash("😀x"), hash(""), hash(b"abc"), hash(b""))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), {frozenset({i}) for i in range(10)})
