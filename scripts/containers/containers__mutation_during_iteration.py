# Changing a dict or set while a for loop walks it: CPython's RuntimeErrors.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
ks = d.keys()
d[3] = 3
print(list(ks), len(ks), 3 in ks)
l = [1, 2, 3]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
d = {1: 1, 2: 2}
try:
    for k in d:
        d.pop(k); d[k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
