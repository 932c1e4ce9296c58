# Native consumers (sum, max, sorted, list, join, set, `in`) of list and tuple
# iterators, whole or part-way through, and a list that grows under its iterator.
it = iter([1, 2, 3, 4, 5])
next(it)
print(3 in it, list(it), list(it))
t = iter((1, "a", 2.5, None))
print(any(x is None for x in [0]), max(iter([3, 9, 2])), sorted(iter((3, 1, 2))))
it = iter([10, 20, 30])
print(sum(it), sum(it))
lst = [1, 2]
it = iter(lst)
print(next(it))
lst.append(3)
print(list(it))
print("".join(iter(["가", "나"])), set(iter([1, 1, 2])), tuple(iter([])))
try:
    sum(iter([1, "x"]))
except TypeError as e:
    print(e)
print(sum(iter([1, 2**70, 3.5])))
