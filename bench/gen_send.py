# An accumulator coroutine driven by 2 million send() calls.
def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def run(n):
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(n):
        last = acc.send(i)
    return last


print(run(2_000_000))
