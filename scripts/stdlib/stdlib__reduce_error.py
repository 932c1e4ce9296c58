# An error raised inside a frozen stdlib module shows only the user's frames,
# like CPython's C implementation of functools.reduce.
import functools


def product(numbers):
    return functools.reduce(lambda a, b: a * b, numbers)


print(product([2, 3, 7]))
print(product([]))
