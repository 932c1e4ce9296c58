# Checks the flow through try/except/else/finally for success and failure cases.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide", a, "by zero")
        return None
    else:
        print("  division ok")
        return result
    finally:
        print("  finally runs for", a, b)

print(divide(10, 4))
print(divide(1, 0))

def parse_all(texts):
    numbers = []
    for text in texts:
        try:
            numbers.append(int(text))
        except ValueError:
            print("  skipping", repr(text))
            continue
        finally:
            print("  processed", repr(text))
    return numbers

print(parse_all(["1", "two", "3"]))

try:
    print("no error here")
except Exception:
    print("not printed")
else:
    print("else branch")
finally:
    print("finally branch")

try:
    value = {}["missing"]
except KeyError as err:
    print("KeyError with args", err.args)

try:
    [][0]
except LookupError as err:
    print("caught via base class:", type(err).__name__)

def bare_except():
    try:
        return 1 / 0
    except:
        return "bare except caught it"

print(bare_except())
