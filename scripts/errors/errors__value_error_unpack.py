# Checks an uncaught ValueError from unpacking the wrong number of values in a loop.
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
print("number of pairs:", len(pairs))
first_letter, first_number = pairs[0]
print("first:", first_letter, first_number)

total = 0
for item in pairs:
    total += item[1]
print("total:", total)
print("lengths:", [len(item) for item in pairs])

for letter, number in pairs:
    print(letter, number)
print("never printed")
