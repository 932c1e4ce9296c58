# Native consumers (sum, list, max, `in`, zip, dict, str.join) draining
# generators that delegate with `yield from` to lists, strings, ranges and
# iterator objects, and that stop part-way: the generator is left suspended
# exactly where the consumer stopped, and goes on from there.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def mixed():
    yield "시작"
    yield from ["가", "나", "다"]
    yield from "라마"
    yield from range(3)
    yield from Countdown(3)
    yield "끝"


print(list(mixed()))
print(sum(x for x in mixed() if isinstance(x, int)))
print(",".join(str(x) for x in mixed()))

g = mixed()
print("나" in g, next(g))
print(1 in g, next(g))
print(list(zip(g, "xyz")))
print(list(g))


def nested(n):
    if n == 0:
        yield from [10, 20]
        return "바닥"
    result = yield from nested(n - 1)
    yield n
    return result + "!"


print(sum(nested(4)), max(nested(3)), sorted(nested(2)))
g = nested(3)
print(20 in g, list(g))


def tracked():
    try:
        yield from [1, 2, 3]
        yield 4
    finally:
        print("  정리")


t = tracked()
print(2 in t)
print(dict.fromkeys(t))
print(any(x > 1 for x in tracked()))
print(all(x < 3 for x in tracked()))
print(dict(enumerate(tracked())))
