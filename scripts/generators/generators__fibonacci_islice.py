# Checks infinite generators (fibonacci, counters, cycles) combined with hand-written islice/take/chain helpers.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def my_islice(iterable, start, stop, step=1):
    it = iter(iterable)
    for i, item in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield item

def take(n, iterable):
    return list(my_islice(iterable, 0, n))

def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x

def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved

def chain(*iterables):
    for it in iterables:
        yield from it

print(take(15, fibonacci()))
print(list(my_islice(fibonacci(), 10, 20, 3)))
print(list(takewhile(lambda x: x < 1000, fibonacci()))[-3:])
print(take(5, count(1.5, 0.25)))
print(take(7, cycle("가나다")))
print(take(6, chain([1, 2], "ab", count(100))))
fib = fibonacci()
print(take(3, fib), take(3, fib))
big = next(x for x in fibonacci() if x > 10 ** 20)
print(big, len(str(big)))
ratios = (b / a for a, b in zip(my_islice(fibonacci(), 1, 10 ** 9), my_islice(fibonacci(), 2, 10 ** 9)))
print(take(5, ratios), round(list(my_islice(ratios, 30, 31))[0], 12))
print(sum(takewhile(lambda n: n < 4_000_000, (f for f in fibonacci() if f % 2 == 0))))
