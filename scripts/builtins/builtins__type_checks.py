# Checks type(), isinstance(), issubclass() and callable() on builtin and user types.
samples = [1, 2.0, "3", [4], (5,), {6: 6}, {7}, None, True, range(2)]
for sample in samples:
    print(repr(sample), type(sample).__name__)

print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
print(isinstance([], list), isinstance((), list), isinstance({}, dict))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(type(type(1)).__name__, type(int).__name__)
print(type(None).__name__, type(len) is type(print))

class Animal:
    pass

class Cat(Animal):
    def __call__(self):
        return "meow"

pet = Cat()
print(type(pet).__name__, type(pet) is Cat, type(pet) is Animal)
print(isinstance(pet, Animal), issubclass(Cat, Animal), issubclass(Animal, Cat))
print(callable(pet), callable(Animal()), callable(Cat), callable("str"))
print(callable(lambda: 0), callable(len), callable(str.upper))
print(type(pet)()())

def kind(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "sequence"
    return "other"

print([kind(v) for v in [True, 3, 2.5, "s", [1], (2,), {}]])
print(int("5") == 5, type(str(5)).__name__, type(float(5)).__name__)
print(bool(0), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0))
