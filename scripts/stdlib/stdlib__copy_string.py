import copy
from collections import deque, defaultdict, Counter, namedtuple


class Task:
    def __init__(self, name, deps):
        self.name = name
        self.deps = deps

    def __repr__(self):
        return f"Task({self.name!r}, {self.deps!r})"


t = Task("build", ["fetch", "compile"])
s = copy.copy(t)
d = copy.deepcopy(t)
t.deps.append("test")
print(s, d, s.deps is t.deps, d.deps is t.deps, type(d) is Task)

nested = {"a": [1, 2, {"b": (3, [4])}], "c": (5, 6)}
deep = copy.deepcopy(nested)
deep["a"][2]["b"][1].append(99)
print(nested, deep, deep["c"] is nested["c"])
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
print(copy.copy([1, [2]]), copy.copy({1: 2}), copy.copy((1, 2)), copy.copy("s"), copy.copy({3}))

q = deque([[1], [2]], maxlen=5)
q2 = copy.deepcopy(q)
q2[0].append("x")
print(q, q2, q2.maxlen)
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["b"].append(2)
print(dd, dd2)
print(copy.copy(Counter("aab")), copy.deepcopy(Counter("xyz")))
P = namedtuple("P", "x y")
p = P([1], 2)
p2 = copy.deepcopy(p)
p2.x.append(5)
print(p, p2, copy.copy(p) == p)


class Conn:
    def __init__(self):
        self.log = []

    def __copy__(self):
        print("custom copy")
        return Conn()

    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return Conn()


copy.copy(Conn())
copy.deepcopy([Conn()])


def gen():
    yield 1


for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as e:
        print("TypeError:", e)
print(copy.deepcopy(len) is len, copy.copy(Task) is Task)

import string
import random
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
random.seed(3)
print("".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(12)))
