from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
import collections

# round-robin scheduler of generator tasks
def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield

ready = deque([task("A", 3), task("B", 1), task("C", 2)])
while ready:
    t = ready.popleft()
    try:
        next(t)
    except StopIteration:
        print("done")
        continue
    ready.append(t)

d = deque([1, 2, 3])
d.appendleft(0); d.append(4)
print(d, len(d), d[0], d[-1], 2 in d, list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft("ab"); print(d)
d.remove("a"); d.insert(1, "z"); print(d, d.index(7), d.count(7))
d[0] = "B"; del d[1]; print(d)
bounded = deque(maxlen=3)
for i in range(5):
    bounded.append(i)
print(bounded, bounded.maxlen, repr(deque()), deque("abc", 2))
bounded.appendleft(-1); print(bounded)
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque([1, 2]) < deque([1, 3]))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[99], lambda: d.remove(99), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2)]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
d.clear(); print(d, bool(d))

words = "the quick brown fox jumps over the lazy dog the end".split()
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups)
print(groups[3], len(groups), 4 in groups, 10 in groups, dict(groups) == groups._data if hasattr(groups, "_data") else True)
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts["the"], counts["zzz"], sorted(counts.items())[:3])
print(defaultdict(None), defaultdict(list, a=[1]))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)

c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["nope"], c.total(), len(c))
c.update(["fox", "fox"]); c.update({"dog": 3}); c.subtract(the=1)
print(c.most_common(3))
print(Counter("abracadabra"), Counter(), Counter(a=2, b=0))
print(sorted(Counter("aab").elements()), Counter("aab") + Counter("bc"), Counter("aab") - Counter("ab"))
print(Counter("aab") | Counter("bbc"), Counter("aab") & Counter("bbc"), Counter(a=1) == Counter(a=1, b=0))
print(dict(Counter("xyx")), {**Counter("ab")})

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(od)
od.move_to_end("c", last=False); print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(x=1) == OrderedDict(x=1))

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p._asdict(), p._replace(y=5), Point._fields, Point._make([3, 4]), Point.__name__, Point.__doc__)
print(sorted([Point(2, 1), Point(1, 5)]), p + (3,), p.count(1), p.index(2), max(Point(1, 9), Point(2, 0)))
Task = namedtuple("Task", ["name", "priority", "done"], defaults=[0, False])
print(Task("write"), Task("run", 3), Task._field_defaults)
for f in [lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2),
          lambda: setattr(p, "x", 5), lambda: setattr(p, "z", 5), lambda: p._replace(z=1), lambda: Point._make([1]),
          lambda: namedtuple("A", "x x"), lambda: namedtuple("A", "_x"), lambda: namedtuple("A", "def"),
          lambda: namedtuple("A", "1x"), lambda: namedtuple("A", "x", defaults=(1, 2)), lambda: namedtuple("A", "x y z")(1)]:
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a def _c", rename=True)._fields)
