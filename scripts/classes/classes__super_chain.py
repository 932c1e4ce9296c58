# Checks super() in __init__ and methods, cooperative multiple inheritance following the MRO.
class Animal:
    def __init__(self, name):
        self.name = name
        print("Animal init", name)

    def speak(self):
        return "..."

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        print("Dog init", breed)

    def speak(self):
        return super().speak() + " woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"
pup = Puppy("Bori", "jindo")
print(pup.name, pup.breed, pup.speak(), Dog("Baduk", "mix").speak())

class Root:
    def hello(self):
        return ["Root"]

class First(Root):
    def hello(self):
        return ["First"] + super().hello()

class Second(Root):
    def hello(self):
        return ["Second"] + super().hello()

class Joined(First, Second):
    def hello(self):
        return ["Joined"] + super().hello()

print(Joined().hello(), First().hello())

class Logger:
    def __init__(self, **kwargs):
        self.log = ["Logger"]
        super().__init__(**kwargs)

class Named:
    def __init__(self, name="?", **kwargs):
        self.name = name
        super().__init__(**kwargs)

class Service(Logger, Named):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Service")

svc = Service(name="api")
print(svc.name, svc.log, Service().name)
print(super(Joined, Joined()).hello())
