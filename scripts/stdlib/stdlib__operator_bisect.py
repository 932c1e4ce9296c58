import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce, partial
import bisect
from collections import namedtuple

print(reduce(operator.add, range(10)), reduce(operator.mul, [1, 2, 3, 4]), operator.sub(5, 3), operator.truediv(1, 4))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.contains([1, 2], 2))
print(operator.getitem({"k": 1}, "k"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.invert(5), operator.concat([1], [2]))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2))
d = {}
operator.setitem(d, "a", 1); print(d); operator.delitem(d, "a"); print(d)

scores = [("kim", 90), ("lee", 85), ("park", 95)]
print(sorted(scores, key=itemgetter(1)), max(scores, key=itemgetter(1))[0], itemgetter(0, 1)("xyz"))
Job = namedtuple("Job", "name priority")
jobs = [Job("b", 2), Job("a", 1), Job("c", 2)]
print(sorted(jobs, key=attrgetter("priority", "name")), list(map(attrgetter("name"), jobs)))
class Node:
    def __init__(self, v, child=None):
        self.v = v
        self.child = child
print(attrgetter("child.v")(Node(1, Node(2))))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(itemgetter(1), itemgetter(1, "x"), attrgetter("a", "b.c"), methodcaller("f", 1, k=2))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)

timeline = [1, 3, 3, 7, 10]
print(bisect.bisect(timeline, 3), bisect.bisect_left(timeline, 3), bisect.bisect_right(timeline, 0), bisect.bisect_left(timeline, 11))
bisect.insort(timeline, 5); bisect.insort_left(timeline, 3); print(timeline)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
events = [(1, "a"), (4, "b"), (9, "c")]
print(bisect.bisect_left(events, 4, key=itemgetter(0)), bisect.bisect(events, 5, lo=1, hi=2, key=lambda e: e[0]))
bisect.insort(events, (5, "x"), key=itemgetter(0)); print(events)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
