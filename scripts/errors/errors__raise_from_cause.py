# Checks the traceback for an uncaught exception raised with an explicit cause (raise ... from ...).
class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError("port must be a number") from err

print("port:", read_port("8080"))
try:
    read_port("x")
except ConfigError as err:
    print("handled once:", err, "| cause:", type(err.__cause__).__name__)
print("reading bad port")
read_port("eighty")
print("never printed")
