# Checks return values: implicit None, multiple returns, early return, and functions as values.
def nothing():
    pass

def explicit_none():
    return

print(nothing(), explicit_none(), nothing() is None)

def min_max_avg(values):
    return min(values), max(values), sum(values) / len(values)

low, high, mean = min_max_avg([4, 8, 15, 16, 23, 42])
print(low, high, mean)
print(min_max_avg([1]))

def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None

print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))

def classify(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join([classify(n) for n in range(1, 16)]))

def choose(op):
    def plus(a, b):
        return a + b
    def times(a, b):
        return a * b
    return plus if op == "plus" else times

print(choose("plus")(3, 4), choose("times")(3, 4))

def describe(func):
    return func.__name__

print(describe(classify), describe(choose("plus")))

def loop_return():
    for i in range(10):
        while True:
            return i * 100

print(loop_return())
