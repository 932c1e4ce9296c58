# Checks assert statements, raising classes vs instances, and exceptions in loops and functions.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as err:
    print("AssertionError:", err)

try:
    assert 1 == 2
except AssertionError as err:
    print("bare assert args:", err.args)

def first_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            return n
    raise LookupError("no even number")

print(first_even([1, 3, 4]))
try:
    first_even([1, 3])
except LookupError as err:
    print("LookupError:", err)

def safe_sqrt(x):
    if x < 0:
        raise ValueError
    return x ** 0.5

for value in [16, -4]:
    try:
        print("sqrt", value, "=", safe_sqrt(value))
    except ValueError as err:
        print("ValueError with empty message:", repr(str(err)))

try:
    raise TypeError("bad type") from ValueError("root")
except TypeError as err:
    print(err, "caused by", repr(err.__cause__))

results = []
for divisor in [2, 0, 5]:
    try:
        results.append(100 // divisor)
    except ZeroDivisionError:
        results.append(None)
print(results)

try:
    raise StopIteration("done")
except StopIteration as err:
    print("StopIteration value:", err.value, err.args)
