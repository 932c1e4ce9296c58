# Checks keyword-only (after *) and positional-only (before /) parameters.
def divide(numerator, denominator, /):
    return numerator / denominator

print(divide(9, 3))

try:
    divide(numerator=9, denominator=3)
except TypeError as err:
    print("TypeError:", err)

def connect(host, *, port=80, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port}"

print(connect("example.org"))
print(connect("example.org", port=8443, secure=True))

try:
    connect("example.org", 8080)
except TypeError as err:
    print("TypeError:", err)

def mixed(a, b, /, c, d=4, *, e, f=6):
    return [a, b, c, d, e, f]

print(mixed(1, 2, 3, e=5))
print(mixed(1, 2, c=30, d=40, e=50, f=60))

try:
    mixed(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)

def name_clash(name, /, **kwargs):
    return name, kwargs

print(name_clash("pos", name="kw"))

def required_kw(*, token):
    return token.upper()

print(required_kw(token="abc"))

try:
    required_kw()
except TypeError as err:
    print("TypeError:", err)

print(divide(*[1, 4]), connect(*["a.kr"], **{"port": 22}))
