# Globals read and rebound while loops run: module-level names, `global` in
# functions, names added and deleted, builtins shadowed and uncovered again.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_counter():
    return counter


for step in range(5):
    bump()
    print("step", step, "counter", counter, read_counter())

# a global that a function reads, rebound at module level in a loop
scale = 1


def scaled(x):
    return x * scale


for scale in (2, 3, 10):
    print("scale", scale, scaled(7))

# shadowing a builtin, then deleting the shadow
def measure(s):
    return len(s)


print(measure("tiki"))
len = lambda s: "shadowed"
print(measure("tiki"))
del len
print(measure("taka"))

# names added to and removed from the module dict between reads
def lookup():
    try:
        return later
    except NameError as e:
        return f"NameError: {e}"


print(lookup())
later = "now defined"
print(lookup())
globals()["later"] = "set through globals()"
print(lookup())
del globals()["later"]
print(lookup())

# many new globals (the dict grows and its entries move) between two reads
def total():
    return counter + scale


print(total())
for k in range(50):
    globals()[f"g{k}"] = k
print(total(), g49)
for k in range(0, 50, 2):
    del globals()[f"g{k}"]
print(total(), g1, g49)
counter = -5
print(total())

# module-level names bound in a loop and read back through a function
def last_seen():
    return item


for item in "티키타카":
    print(item, last_seen(), end=" | ")
print()

# a global statement that creates the name
def create():
    global fresh
    fresh = "made inside"


create()
print(fresh)
del fresh
try:
    print(fresh)
except NameError as e:
    print("NameError:", e)
