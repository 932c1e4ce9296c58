# Checks exception objects: args, str/repr, type(), isinstance, storing and re-raising them.
errors = []
for text in ["10", "x", "", "3"]:
    try:
        errors.append(int(text))
    except ValueError as err:
        errors.append(err)

for item in errors:
    if isinstance(item, Exception):
        print("error:", type(item).__name__, item.args)
    else:
        print("value:", item)

e = KeyError("missing key")
print(str(e), repr(e), e.args)
e = IndexError()
print(repr(str(e)), repr(e), e.args)
e = Exception("a", "b", 3)
print(str(e), repr(e), len(e.args))
e = ZeroDivisionError("custom message")
print(str(e), isinstance(e, ArithmeticError))

saved = ValueError("saved for later")
try:
    raise saved
except ValueError as caught:
    print(caught is saved, caught)

class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"HTTP {self.status}: {self.reason}"

try:
    raise HttpError(404, "Not Found")
except HttpError as err:
    print(err, "|", err.args, "|", err.status)
    print(repr(err))

print(type(saved).__name__, type(saved).__mro__[1].__name__)
print([cls.__name__ for cls in KeyError.__mro__])
