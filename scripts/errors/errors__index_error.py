# Checks an uncaught IndexError from indexing past the end of a list inside an expression.
items = ["pen", "book", "bag"]
for position in range(len(items)):
    print(position, items[position])

print("last item:", items[-1])
print("first two:", items[:2])
print("slice past the end is fine:", items[1:10])
items.append("cup")
print("now", len(items), "items")

wanted = 5
print("looking up position", wanted)
label = "item: " + items[wanted]
print(label)
print("never printed")
