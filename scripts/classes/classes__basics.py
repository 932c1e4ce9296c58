# Checks class definition, __init__, instance attributes, methods and class attributes.
class Dog:
    species = "Canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def bark(self):
        return self.name + " says woof"

    def birthday(self):
        self.age += 1
        return self.age

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.bark(), fido.bark())
print(rex.birthday(), rex.age, fido.age)
print(rex.species, Dog.species, Dog.count)

rex.species = "robot dog"
print(rex.species, fido.species, Dog.species)

fido.nickname = "F"
print(fido.nickname, hasattr(rex, "nickname"))

method = rex.bark
print(method())
print(Dog.bark(fido))

class Counter:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return self

a = Counter()
b = Counter()
a.add(1).add(2)
print(a.items, b.items)
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog))

class 고양이:
    def __init__(self, 이름):
        self.이름 = 이름

    def 울기(self):
        return self.이름 + ": 야옹"

print(고양이("나비").울기())
