# Checks dict creation, lookup, update, deletion, membership and insertion order.
ages = {"철수": 14, "영희": 15}
ages["민수"] = 13
ages["철수"] = 16
print(ages)
print(ages["영희"], len(ages), "민수" in ages, "지수" in ages)
del ages["영희"]
print(ages)

try:
    print(ages["없음"])
except KeyError as err:
    print("KeyError:", err)

empty = {}
print(empty, bool(empty), dict(), dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))

squares = {}
for n in range(5):
    squares[n] = n * n
print(squares)

mixed_keys = {1: "int", "1": "str", (1,): "tuple", 2.5: "float"}
print(mixed_keys[1], mixed_keys["1"], mixed_keys[(1,)], mixed_keys[2.5])
print({1: "a", 1.0: "b", True: "c"})

inventory = {"apples": 5}
inventory["apples"] += 3
inventory["pears"] = inventory.get("pears", 0) + 2
print(inventory)

order = {}
for key in ["zeta", "alpha", "mid"]:
    order[key] = len(key)
print(list(order), list(order.values()))
order.pop("alpha")
order["alpha"] = 0
print(list(order))
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
