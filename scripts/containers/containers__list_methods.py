# Checks list methods: append, extend, insert, remove, pop, index, count, clear, reverse, copy.
items = ["a", "b"]
items.append("c")
items.extend(["d", "e"])
items.insert(0, "start")
items.insert(100, "end")
items.insert(-1, "before end")
print(items)
items.remove("c")
print(items)
print(items.pop(), items.pop(0), items.pop(-2))
print(items)
print(items.index("d"), items.count("a"), items.count("zzz"))
items.reverse()
print(items)
duplicate = items.copy()
duplicate.append("only in copy")
print(items, duplicate)
items.clear()
print(items, len(items))

try:
    [1, 2].remove(3)
except ValueError as err:
    print("ValueError:", err)

try:
    [].pop()
except IndexError as err:
    print("IndexError:", err)

try:
    ["x"].index("y")
except ValueError as err:
    print("ValueError:", err)

stack = []
for n in [1, 2, 3]:
    stack.append(n)
while stack:
    print("popped", stack.pop())

values = [5, 2, 8]
result = values.append(1)
print(result, values)
values.extend(range(3))
values.extend("hi")
print(values)
