# Checks set and frozenset methods with arbitrary iterables and several arguments, in-place updates and errors.
a = {1, 2, 3, 4}
print(sorted(a.union([5], (6, 7), range(8, 10))), sorted(a.intersection([2, 3, 9], {3, 4})))
print(sorted(a.difference([1], {2})), sorted(a.symmetric_difference([3, 4, 5, 5])))
print(a.isdisjoint([7, 8]), a.isdisjoint((4,)), a.issubset(range(10)), a.issuperset([1, 1, 2]))
print(a.union(), a.union() is a, a.intersection() == a, a.copy() == a, a.copy() is a)

b = a.copy()
b.update([10], (11, 12))
b.difference_update([10], {11})
print(sorted(b))
b.intersection_update(range(4), [1, 2, 3, 12])
print(sorted(b))
b.symmetric_difference_update([3, 30])
print(sorted(b))
b.symmetric_difference_update(b)
print(b, len(b))

c = set()
c.add(5)
c.add(5)
c.discard(6)
c.remove(5)
print(c)
try:
    c.remove(6)
except KeyError as err:
    print("KeyError:", err)
try:
    c.pop()
except KeyError as err:
    print("KeyError:", err)

words = {"pear", "fig"}
words.update("ab")
print(sorted(words), sorted(words.difference("abc")))

frozen = frozenset([3, 1, 2])
print(frozen.copy() is frozen, type(frozen.union([4])).__name__, sorted(frozen.union([4])))
print(sorted(frozen.intersection({2, 3, 5})), sorted(frozen.symmetric_difference([1, 9])), frozen.issubset([1, 2, 3]))
nested = {frozenset({1}), 2}
nested.remove({1})
print(nested)
for call in [lambda: a.union(5), lambda: a.add([1]), lambda: a.issubset(), lambda: frozen.add(1)]:
    try:
        call()
    except (TypeError, AttributeError) as err:
        print(type(err).__name__ + ":", err)
total = set()
while a:
    total.add(a.pop() * 10)
print(sorted(total), a)
