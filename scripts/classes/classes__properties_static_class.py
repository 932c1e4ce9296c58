# Checks @property getters/setters, @staticmethod and @classmethod (alternate constructors).
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    @classmethod
    def from_fahrenheit(cls, degrees):
        return cls((degrees - 32) * 5 / 9)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)

try:
    t.celsius = -300
except ValueError as err:
    print("ValueError:", err)

print(Temperature.is_freezing(-5), t.is_freezing(10))
body = Temperature.from_fahrenheit(212)
print(type(body).__name__, body.celsius)

class Student:
    total = 0

    def __init__(self, name):
        self.name = name
        Student.total += 1

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.total}"

    @classmethod
    def from_csv(cls, line):
        return [cls(name.strip()) for name in line.split(",")]

class Exchange(Student): pass
group = Student.from_csv("민지, 하니, 다니엘")
print([s.name for s in group], Student.how_many())
print(Exchange.how_many(), type(Exchange.from_csv("Ana")[0]).__name__, Student.total)


# a property's error names the attribute it was created for (by
# __set_name__ in a class body), and no name when it had none
def _get_secret(self):
    return "비밀"


class Vault:
    @property
    def code(self):
        return 1234


Vault.secret = property(_get_secret)
vault = Vault()
for attr in ("code", "secret"):
    try:
        setattr(vault, attr, 0)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        delattr(vault, attr)
    except AttributeError as e:
        print("AttributeError:", e)
shared = property(_get_secret)


class TwoNames:
    first = shared
    second = shared


try:
    TwoNames().first = 1
except AttributeError as e:
    print("AttributeError:", e)
Vault.secret.__set_name__(Vault, "renamed")
try:
    vault.secret = 1
except AttributeError as e:
    print("AttributeError:", e)
print(vault.secret, vault.code)
