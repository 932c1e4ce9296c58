# Checks nested try blocks, bare raise to re-raise, and exceptions propagating through calls.
def level3(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2

def level2(x):
    try:
        return level3(x)
    except ValueError:
        print("  level2 saw the error and re-raises")
        raise

def level1(x):
    try:
        return level2(x)
    except ValueError as err:
        print("  level1 handled:", err)
        return -1

print(level1(5))
print(level1(-3))

try:
    try:
        raise KeyError("first")
    except KeyError:
        print("inner handler")
        raise IndexError("second")
except IndexError as err:
    print("outer got", type(err).__name__, err)
    print("with context", repr(err.__context__))

log = []
for value in [1, 0, "x", 4]:
    try:
        try:
            log.append(10 // value)
        except ZeroDivisionError:
            log.append("zero")
    except TypeError:
        log.append("type")
print(log)

try:
    raise ValueError("original")
except ValueError as first:
    try:
        raise
    except ValueError as again:
        print("same object:", again is first)
