# A 10-deep chain of `yield from`, iterated 500 thousand times.
def leaf(n):
    for i in range(n):
        yield i


def level(depth, n):
    if depth == 0:
        return (yield from leaf(n))
    return (yield from level(depth - 1, n))


total = 0
for v in level(10, 500_000):
    total += v
print(total)
