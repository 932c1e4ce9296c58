# Checks closures capturing variables from enclosing scopes, including late binding.
def make_multiplier(factor):
    def multiply(value):
        return value * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

def make_greeting(greeting):
    def greet(name):
        return greeting + ", " + name + "!"
    return greet

hello = make_greeting("안녕")
print(hello("철수"), hello("영희"))

def outer():
    message = "first"
    def show():
        return message
    message = "changed before call"
    return show

print(outer()())

callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])

bound = []
for i in range(3):
    bound.append(lambda i=i: i)
print([cb() for cb in bound])

def make_adders():
    adders = []
    for step in [1, 10, 100]:
        def add(x, step=step):
            return x + step
        adders.append(add)
    return adders

print([add(5) for add in make_adders()])

def compose(f, g):
    return lambda x: f(g(x))

inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
