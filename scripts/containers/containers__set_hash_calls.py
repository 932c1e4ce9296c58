# CPython hashes each element once per operation and never again once it is
# in a set or dict, takes items from an iterable one at a time (so hashing
# interleaves with a generator's steps), stops early where it can, and keeps
# the element of the operand it walks ({True} & {1} is {1}).
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("  hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("  eq", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


def keys(n, wrap=True):
    for i in range(n):
        print("  yield", i)
        yield Key(i) if wrap else i


print("set()"); s = set(keys(3))
print("frozenset()"); f = frozenset(keys(2))
print("dict.fromkeys"); d = dict.fromkeys(keys(2))
print("set.update"); s2 = set(); s2.update(keys(2))
print("set comprehension"); print({k for k in keys(2)})
print("copy"); c = set(s); print(len(c), len(s.copy()))
print("in"); print(Key(1) in s)
print("discard"); c.discard(Key(1)); print(len(c))
print("remove"); c.remove(Key(0)); print(len(c))
print("issuperset"); print(s.issuperset(keys(5)))
print("issubset"); print(s.issubset(keys(4)))
print("isdisjoint"); print(s.isdisjoint(keys(3)))
print("difference"); print(len(s.difference(keys(2))))
print("symmetric_difference"); print(len(s.symmetric_difference(keys(4))))
print("intersection stops when all are found"); print(len(s.intersection(keys(6))))
print("difference_update"); c = set(s); c.difference_update(keys(2)); print(len(c))
print("with a dict"); d = {Key(2): 0, Key(7): 0}
c = set(s); c.difference_update(d); print(len(c))
c = set(s); c.symmetric_difference_update(d); print(len(c))
print(len(s.difference(d)), len(s.union(d)), s.isdisjoint(d), s.issubset(d))
print("frozenset as a key"); fd = {frozenset(keys(1)): 1}; print(frozenset([Key(0)]) in fd)
print("pop"); c = set(s); print(c.pop(), c.pop(), len(c))
print("which element is kept")
print({True, 5} & {1}, {1} & {True, 5}, {True, 5}.intersection([1]), {1.0} ^ {1, 2}, {1.0} - {True})
print({1, 5} | {True}, {True} | {1, 5}, {1.0, 2}.union([True]), {1.0}.symmetric_difference([True, 2]))
a = {1}; b = a; a |= {2}; a -= {1}; a ^= {3}; a &= {2, 3, 4}; print(b, a is b)
