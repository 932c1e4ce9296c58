# Checks lambdas, functions as values, map/filter/sorted with lambdas, and returning functions.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())

numbers = [5, -3, 8, 0, -1, 12]
print(list(map(lambda n: n * 2, numbers)))
print(list(filter(lambda n: n > 0, numbers)))
print(sorted(numbers, key=lambda n: abs(n)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))

operations = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
}
for symbol in operations:
    print(12, symbol, 5, "=", operations[symbol](12, 5))

def apply_twice(func, value):
    return func(func(value))

print(apply_twice(square, 3), apply_twice(lambda s: s + "!", "hi"))

def pipeline(*funcs):
    def run(value):
        for f in funcs:
            value = f(value)
        return value
    return run

process = pipeline(str.strip, str.upper, lambda s: s.replace(" ", "_"))
print(process("  hello big world "))

def make_filter(threshold):
    return lambda value: value >= threshold

at_least_five = make_filter(5)
print([n for n in numbers if at_least_five(n)])
print((lambda *args: len(args))(1, 2, 3), (lambda **kw: sorted(kw))(b=1, a=2))
print(type(square).__name__, callable(square), callable(5))
