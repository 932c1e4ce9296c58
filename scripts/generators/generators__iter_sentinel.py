# Checks iter(callable, sentinel): calls the callable lazily until it returns the sentinel.
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        value = self.rolls.pop(0)
        print(f"  rolled {value}")
        return value

d = Dice([3, 5, 2, 6, 1, 6])
it = iter(d, 6)
print(type(it).__name__)
print("nothing rolled yet")
print(next(it))
print(list(it))
print("remaining rolls:", d.rolls)
print("iterator stays exhausted:", next(it, "exhausted"))

lines = ["첫 줄", "둘째 줄", "", "보이지 않음"]
def readline():
    return lines.pop(0)
for line in iter(readline, ""):
    print("line:", line)
print("left over:", lines)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0] * 0.5
print(list(iter(tick, 2.5)))

def make_gen_reader(gen):
    return lambda: next(gen, None)
g = (c for c in "abc")
print(list(iter(make_gen_reader(g), None)))

def raises():
    raise ValueError("from callable")
try:
    next(iter(raises, 0))
except ValueError as e:
    print("error propagates:", e)
def stops():
    raise StopIteration
print(list(iter(stops, 0)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
