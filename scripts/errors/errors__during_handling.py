# Checks the traceback when a new exception is raised while handling another one.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("missing key, using fallback")
        fallback = table["default"]
        return fallback

colors = {"sky": "blue", "grass": "green"}
print(lookup(colors, "sky"))
with_default = {"default": "white"}
print(lookup(with_default, "snow"))
print(lookup(colors, "grass"))
print("looking up the sun")
print(lookup(colors, "sun"))
print("never printed")
