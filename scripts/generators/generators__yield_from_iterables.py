# Checks `yield from` over a generator, list, range, string, tuple, dict and an iterator class.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

def letters():
    yield "x"
    yield "y"

def everything():
    yield from letters()
    yield from [1, 2.5]
    yield from range(3, 6)
    yield from "한글"
    yield from (True, None)
    yield from {"k1": 1, "k2": 2}
    yield from Countdown(3)
    yield from []
    yield from (i * i for i in range(3))

print(list(everything()))

def result_of_plain_iterables():
    a = yield from [1, 2]
    b = yield from Countdown(1)
    c = yield from "z"
    print("values of yield from non-generators:", a, b, c)
print(list(result_of_plain_iterables()))

def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], "ab", [[["deep"]]]])))

def bad():
    yield from 42
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)

def send_to_list():
    yield from [10, 20, 30]
s = send_to_list()
print(next(s))
try:
    s.send("not None")
except AttributeError as e:
    print("AttributeError:", e)
