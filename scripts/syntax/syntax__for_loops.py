# Checks for loops over ranges, lists, strings, with break/continue/else and unpacking.
total = 0
for i in range(1, 11):
    total += i
print("sum 1..10 =", total)

for ch in "abc":
    print("char", ch)

for i in range(10, 0, -3):
    print("down", i)

pairs = [(1, "one"), (2, "two"), (3, "three")]
for number, word in pairs:
    print(number, "->", word)

for i in range(2, 20):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        print(i, "is prime")

for word in ["apple", "skip", "banana"]:
    if word == "skip":
        continue
    print("fruit:", word)

# nested unpacking in for
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)

# loop variable persists after loop
for k in range(3):
    pass
print("k after loop:", k)

# for-else with empty iterable
for nothing in []:
    print("unreachable")
else:
    print("empty loop else ran")
