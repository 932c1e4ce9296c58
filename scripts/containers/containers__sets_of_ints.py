# Checks sets of small integers: operations, membership, add/remove/discard and comparisons.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print(a.symmetric_difference(b))
print(3 in a, 7 in a, len(a | b))

evens = set()
for n in range(10):
    if n % 2 == 0:
        evens.add(n)
print(evens)
evens.add(4)
evens.discard(100)
evens.remove(0)
print(evens, len(evens))

try:
    evens.remove(99)
except KeyError as err:
    print("KeyError:", err)

print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} == {1})
print({1, 2}.issubset({1, 2, 5}), {1, 2}.isdisjoint({3, 4}))
print(set([3, 1, 3, 2, 1]), set(range(5)), set())

duplicates = [5, 3, 5, 1, 3, 9, 1]
print(sorted(set(duplicates)), len(set(duplicates)))

seen = set()
unique_in_order = []
for value in duplicates:
    if value not in seen:
        seen.add(value)
        unique_in_order.append(value)
print(unique_in_order)

c = {10, 20}
c.update([30, 40])
c |= {50}
c -= {10}
print(sorted(c), c.pop() in {20, 30, 40, 50})
print(sorted({n % 4 for n in range(20)}), {7} | set(), len(set("aab")))
