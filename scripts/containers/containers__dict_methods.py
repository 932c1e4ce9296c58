# Checks dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.
stock = {"apple": 3, "banana": 0, "cherry": 7}
print(stock.get("apple"), stock.get("durian"), stock.get("durian", -1))
print(stock.setdefault("banana", 99), stock.setdefault("elder", 1))
print(stock)
print(stock.pop("cherry"), stock.pop("nothing", "default"))
print(stock)
print(stock.popitem(), stock)

stock.update({"fig": 4, "apple": 10})
stock.update(grape=2)
print(stock)
print(list(stock.keys()))
print(list(stock.values()))
print(list(stock.items()))

snapshot = stock.copy()
stock["apple"] = 0
print(snapshot["apple"], stock["apple"])

keys_view = stock.keys()
stock["kiwi"] = 8
print(len(keys_view), "kiwi" in keys_view)

print(dict.fromkeys(["a", "b", "c"], 0))
print(dict.fromkeys("xy"))

try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)

try:
    stock.pop("missing")
except KeyError as err:
    print("KeyError:", err)

stock.clear()
print(stock, snapshot)

groups = {}
for word in ["ant", "bee", "apple", "bear", "cat"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
