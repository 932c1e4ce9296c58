# An instance whose own attribute dict holds the last reference to it: the
# instance is freed while that dict is being changed, and nothing breaks.
class Node:
    pass


n = Node()
attrs = vars(n)
attrs["me"] = n
del n
attrs["me"] = None          # drops the instance inside a store into its own dict
print(attrs)

m = Node()
attrs2 = vars(m)
attrs2[1] = m               # a non-string key takes the general path
del m
attrs2[1] = "replaced"
print(attrs2)

k = Node()
k.__dict__["self"] = k
k.__dict__["other"] = 3
d = k.__dict__
del k
d.clear()
print(d, len(d))

many = []
for i in range(5):
    obj = Node()
    obj.__dict__["loop"] = obj
    many.append(obj.__dict__)
    del obj
for d in many:
    d.pop("loop")
print([len(d) for d in many])
