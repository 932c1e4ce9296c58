# Checks aliasing vs copying for lists and dicts, and identity with is.
original = [1, [2, 3], 4]
alias = original
shallow = original[:]
also_shallow = list(original)

alias.append(5)
original[1].append(99)

print(original)
print(alias)
print(shallow)
print(also_shallow)
print(alias is original, shallow is original, shallow == original)

def deep_copy(value):
    if isinstance(value, list):
        return [deep_copy(item) for item in value]
    if isinstance(value, dict):
        return {key: deep_copy(item) for key, item in value.items()}
    return value

data = {"list": [1, 2], "inner": {"x": [3]}}
cloned = deep_copy(data)
cloned["inner"]["x"].append(4)
print(data, cloned)

def add_item(bucket, item):
    bucket.append(item)

basket = []
add_item(basket, "egg")
add_item(basket, "milk")
print(basket)

def rebind(bucket):
    bucket = ["new"]
    return bucket

print(rebind(basket), basket)

settings = {"mode": "light"}
backup = settings.copy()
settings["mode"] = "dark"
print(settings, backup)
x = None
print(x is None, x is not None)
