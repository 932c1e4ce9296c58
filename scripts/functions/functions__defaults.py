# Checks default argument values, keyword arguments, and the mutable default pitfall.
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("Ana"))
print(greet("Ben", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(punctuation=".", name="Dee", greeting="Bye"))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2))

counter = 10
def captured_default(value=counter):
    return value

counter = 99
print(captured_default(), captured_default(5))

def power(base, exponent=2):
    return base ** exponent

print(power(3), power(3, 3), power(exponent=0, base=7))
print([power(n) for n in range(5)])

def describe(name, *, age=0, city="서울"):
    return f"{name} ({age}) from {city}"

print(describe("지수"))
print(describe("도현", city="부산", age=20))

try:
    greet()
except TypeError as err:
    print("TypeError:", err)

try:
    greet("x", nickname="y")
except TypeError as err:
    print("TypeError:", err)
