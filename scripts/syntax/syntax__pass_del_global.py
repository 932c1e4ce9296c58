# Checks pass, del on names/list items/dict keys, and the global statement.
def nothing():
    pass

print(nothing())

class Empty:
    pass

print(type(Empty()).__name__)

values = [0, 1, 2, 3, 4, 5]
del values[0]
print(values)
del values[1:3]
print(values)
del values[-1]
print(values)

table = {"a": 1, "b": 2, "c": 3}
del table["b"]
print(table)

temp = 42
del temp
try:
    print(temp)
except NameError:
    print("temp is gone")

hits = 0

def record_hit():
    global hits
    hits += 1

for _ in range(4):
    record_hit()
print("hits", hits)

def make_new_global():
    global created_later
    created_later = "made inside function"

make_new_global()
print(created_later)

a, b = 1, 2
del a, b
try:
    print(a)
except NameError as err:
    print("error:", err)
