# Checks function docstrings, __name__, __doc__, and attributes set on functions.
def area(width, height):
    """Return the area of a rectangle."""
    return width * height

print(area.__name__)
print(area.__doc__)
print(area(3, 4))

def no_doc():
    return 1

print(no_doc.__doc__)

def 넓이(가로, 세로):
    """직사각형의 넓이를 구합니다."""
    return 가로 * 세로

print(넓이.__name__, 넓이.__doc__, 넓이(2, 5))

def tagged():
    return "tagged"

tagged.label = "special"
tagged.uses = 0
tagged.uses += 1
print(tagged.label, tagged.uses, tagged())

square = lambda x: x * x
print(square.__name__)

def outer():
    def inner():
        pass
    return inner

print(outer().__name__)

def add(a, b):
    """Add two values.

    Works for numbers and strings."""
    return a + b

print(add.__doc__.splitlines()[0])
print(add("철", "수"), add(1, 2))

functions = [area, no_doc, 넓이]
print([f.__name__ for f in functions])
print(hasattr(area, "label"), hasattr(tagged, "label"))
