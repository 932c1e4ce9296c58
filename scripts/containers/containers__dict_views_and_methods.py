# Checks dict views (live, set-like membership) and the dict methods: pop, popitem, setdefault, update, fromkeys, copy.
stock = {"apple": 3, "pear": 0, "fig": 7}
keys, values, items = stock.keys(), stock.values(), stock.items()
print(keys, values, items)
stock["kiwi"] = 5
print(len(keys), list(values), ("fig", 7) in items, "pear" in keys, 7 in values)
print(sorted(keys), sorted(items, key=lambda kv: kv[1]))

print(stock.pop("pear"), stock.pop("plum", "none"), stock)
try:
    stock.pop("plum")
except KeyError as err:
    print("KeyError:", err)
print(stock.popitem(), stock)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)

groups = {}
for word in ["ant", "bee", "asp", "cow", "bat"]:
    groups.setdefault(word[0], []).append(word)
print(groups, groups.setdefault("a"), groups.setdefault("z"), groups)

config = {"debug": False}
config.update({"level": 2})
config.update([("name", "x"), ("level", 3)])
config.update(debug=True, extra=None)
print(config)
for bad in [[("a",)], [5], 7]:
    try:
        config.update(bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)

print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)

original = {"n": [1, 2], "m": 3}
clone = original.copy()
clone["n"].append(3)
clone["m"] = 4
print(original, clone, original.get("m"), original.get("q"), original.get("q", 0))
clone.clear()
print(clone, len(clone), set(original.keys()) == {"n", "m"}, dict.get(original, "m"))
