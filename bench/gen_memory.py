# One million primed generators kept alive in a list (peak memory is the measure).
def waiter(n):
    total = n
    while True:
        got = yield total
        total += got


gens = []
for i in range(1_000_000):
    g = waiter(i)
    next(g)
    gens.append(g)
print(len(gens), gens[-1].send(1))
