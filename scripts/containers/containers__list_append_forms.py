# `lst.append(x)` in the forms a program writes it (the interpreter does
# the common one without a call), and the errors of the others.
items = []
for i in range(3):
    items.append(i * i)
items.append(items)
print(items[:3], items[3] is items)

list.append(items, "unbound")
add = items.append
add("bound")
print(items[4:])


def collect(n):
    out = []
    for k in range(n):
        out.append(k)
        out.append(str(k))
    return out


print(collect(3))

for call in (lambda: items.append(), lambda: items.append(1, 2), lambda: list.append((), 1), lambda: items.append(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

nested = [[]] * 2
nested[0].append("shared")
print(nested)
