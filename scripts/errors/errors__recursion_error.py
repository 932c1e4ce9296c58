# Checks an uncaught RecursionError from recursion without a base case.
def countdown(n):
    return countdown(n - 1)

def safe_countdown(n):
    if n == 0:
        return "liftoff"
    return safe_countdown(n - 1)

def depth(items):
    if not items:
        return 0
    return 1 + depth(items[1:])

print(safe_countdown(10))
print("depth:", depth([1, 2, 3, 4]))
print("now recursing forever")
countdown(5)
print("never printed")
