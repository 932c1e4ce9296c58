# Checks function decorators, stacked decorators, decorators with arguments and registries.
def shout(func):
    def wrapper(*args):
        return func(*args).upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("tikitaka"))

def call_counter(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@call_counter
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add(5, 6))
print("add called", add.calls, "times")

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(value):
    return value * 2

print(roll(21))

registry = {}
def register(name):
    def decorator(func):
        registry[name] = func
        return func
    return decorator

@register("double")
def double(x):
    return x * 2

@register("negate")
@shout
def negate(x):
    return "no"

for name in registry:
    print(name, registry[name]("x"))
print(double(4), double.__name__)
