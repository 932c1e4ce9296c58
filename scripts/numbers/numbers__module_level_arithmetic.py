# `total += x` and `y = x * 2` written at top level, on global names: the
# interpreter does small ints at once and runs the statement as written
# for anything else, with the same results and errors.
total = 0
for x in range(5):
    total += x
    doubled = x * 2
    step = total - doubled
print(total, doubled, step)

counter = 0
while counter < 3:
    counter += 1
print("counter", counter)

big = 2**62
big += big
print(big, type(big).__name__)
big = 9_000_000_000_000_000_000
big *= 3
print(big)

ratio = 1
ratio += 0.5
print(ratio)

label = "tiki"
label += "taka"
print(label)

items = [1]
items += [2]
alias = items
items *= 2
print(items, alias is items)

flag = True
flag += 1
print(flag)

len_plus = 0
try:
    len_plus = len + 1
except TypeError as e:
    print("TypeError:", e)

fresh = total + 1
print("fresh", fresh)

del fresh
fresh = 41
fresh += 1
print("fresh again", fresh)


class Body:
    amount = 10
    amount += 5
    scaled = amount * 3
    print("class body", amount, scaled)


print("global total unchanged:", total)


def shadow():
    global total
    total += 100
    return total


print(shadow(), total)

total += undefined_name
