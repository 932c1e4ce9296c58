# source -> filter -> map -> sink coroutines, 500 thousand items pushed with send().
def sink(results):
    while True:
        item = yield
        results.append(item)


def mapper(target):
    while True:
        item = yield
        target.send(item * 3)


def evens(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)


def prime(coroutine):
    next(coroutine)
    return coroutine


results = []
head = prime(evens(prime(mapper(prime(sink(results))))))
for i in range(500_000):
    head.send(i)
print(len(results), sum(results))
