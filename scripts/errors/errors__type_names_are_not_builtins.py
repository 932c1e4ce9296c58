# Some types have names that are not builtins: using them as variables
# before assigning them is a NameError, and "Did you mean" never offers
# them. The real builtins are there.
def check(get):
    try:
        return get().__name__
    except NameError as e:
        return f"NameError: {e}"


print(check(lambda: function))
print(check(lambda: generator))
print(check(lambda: coroutine))
print(check(lambda: frame))
print(check(lambda: module))
print(check(lambda: method))
print(check(lambda: iterator))
print(check(lambda: cell))
print(check(lambda: frozenset), check(lambda: staticmethod), check(lambda: super))


def gen():
    yield 1


generator = gen()
print(type(generator).__name__, type(check).__name__)

name = "kim"
del name
print(nmae)
