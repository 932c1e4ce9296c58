# Checks the iterator protocol with __iter__ and __next__ and StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value

for n in Countdown(3):
    print("countdown", n)
print(list(Countdown(5)), sum(Countdown(4)))

class Range2:
    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def __iter__(self):
        return Range2Iterator(self)

class Range2Iterator:
    def __init__(self, source):
        self.value = source.start
        self.source = source

    def __iter__(self):
        return self

    def __next__(self):
        if self.value >= self.source.stop:
            raise StopIteration
        result = self.value
        self.value += self.source.step
        return result

evens = Range2(0, 10, 2)
print(list(evens), list(evens))
print([x * x for x in evens], max(evens), 4 in evens)

it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration caught")

pairs = list(zip(Countdown(3), Range2(10, 20, 5)))
print(pairs)
print(dict(enumerate(Countdown(2))))
