# Checks iterator protocol classes (__iter__/__next__), separate iterables vs iterators, and for-loop behaviour.
class CountUp:
    def __init__(self, limit):
        self.limit = limit
        self.current = 0
    def __iter__(self):
        print("  CountUp.__iter__ called")
        return self
    def __next__(self):
        if self.current >= self.limit:
            raise StopIteration
        self.current += 1
        return self.current

c = CountUp(3)
for v in c:
    print("  v =", v)
print("second loop over the same iterator:", list(c))

class Sentence:
    def __init__(self, text):
        self.words = text.split()
    def __iter__(self):
        return SentenceIterator(self.words)

class SentenceIterator:
    def __init__(self, words):
        self.words = words
        self.index = 0
    def __next__(self):
        try:
            word = self.words[self.index]
        except IndexError:
            raise StopIteration from None
        self.index += 1
        return word
    def __iter__(self):
        return self

s = Sentence("나는 파이썬을 좋아한다 정말로")
print(list(s), list(s))
it = iter(s)
print(next(it), next(it), type(it).__name__)
print([w for w in it])
print(next(it, "끝"))

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 0.5
print(list(OnlyGetitem()), 1.0 in OnlyGetitem())

a, b, *rest = CountUp(5)
print(a, b, rest)
