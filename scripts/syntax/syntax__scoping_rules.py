# Checks LEGB name lookup: local, enclosing, global and builtin scopes.
x = "global x"

def show_global():
    print("inside:", x)

show_global()

def shadow():
    x = "local x"
    print("inside:", x)

shadow()
print("outside:", x)

def outer():
    x = "enclosing x"
    def inner():
        print("inner sees:", x)
    inner()
    return inner

fn = outer()
fn()

def use_builtin():
    return len([1, 2, 3])

print(use_builtin())

def shadow_builtin():
    len = lambda seq: "fake len"
    return len([1, 2])

print(shadow_builtin())
print(len("still real"))

counter = 0

def read_counter():
    return counter + 1

print(read_counter())

# name defined after function definition but before call
def later_lookup():
    return defined_later * 2

defined_later = 21
print(later_lookup())

# class body scope does not leak into methods
class Box:
    size = 3
    def get(self):
        return self.size

print(Box().get(), Box.size)
