# Checks raise ... from ..., __cause__, __context__, __suppress_context__ and from None.
class ConfigError(Exception):
    pass

def load(value):
    try:
        return int(value)
    except ValueError as err:
        raise ConfigError("bad config value") from err

try:
    load("abc")
except ConfigError as err:
    print("error:", err)
    print("cause:", type(err.__cause__).__name__, err.__cause__)
    print("context is cause:", err.__context__ is err.__cause__)
    print("suppress context:", err.__suppress_context__)

def implicit():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit()
except RuntimeError as err:
    print("cause:", err.__cause__)
    print("context:", type(err.__context__).__name__, err.__context__)
    print("suppress context:", err.__suppress_context__)

def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None

try:
    hidden()
except ValueError as err:
    print("cause:", err.__cause__, "suppress:", err.__suppress_context__)
    print("context still kept:", type(err.__context__).__name__)

fresh = ValueError("never raised")
print(fresh.__cause__, fresh.__context__)

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise TypeError("outer") from inner
except TypeError as outer:
    chain = []
    current = outer
    while current is not None:
        chain.append(type(current).__name__)
        current = current.__cause__
    print(" <- ".join(chain))
