# Checks multiple except clauses, tuple of exception types, and handler ordering.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [1, 2][5]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    return "fine"

for kind in ["zero", "index", "key", "type", "value", "none"]:
    try:
        result = risky(kind)
        print(kind, "->", result)
    except (IndexError, KeyError) as err:
        print(kind, "-> lookup problem:", type(err).__name__, err)
    except ZeroDivisionError as err:
        print(kind, "-> math problem:", err)
    except (TypeError, ValueError) as err:
        print(kind, "-> bad value:", type(err).__name__)

def ordered(kind):
    try:
        risky(kind)
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (unreachable)"
    except Exception:
        return "generic handler"
    return "no error"

print(ordered("key"), "|", ordered("zero"), "|", ordered("none"))

errors = (ValueError, TypeError)
try:
    int([1])
except errors as err:
    print("caught with tuple variable:", type(err).__name__)

try:
    risky("zero")
except ArithmeticError as err:
    print(isinstance(err, ZeroDivisionError), isinstance(err, Exception))

err_name = "unset"
try:
    risky("index")
except IndexError as err:
    err_name = type(err).__name__
print(err_name)
try:
    print(err)
except NameError:
    print("err was cleared after the handler")
