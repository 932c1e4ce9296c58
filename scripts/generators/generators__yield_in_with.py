# Checks yield inside a with block: __exit__ runs on exhaustion, on close and on a thrown error.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        label = exc_type.__name__ if exc_type else None
        print("exit", self.name, label)
        return exc_type is KeyError

def use(name, n):
    with Resource(name) as r:
        for i in range(n):
            got = yield f"{r.name}-{i}"
            if got:
                print("  got", got)
    print("after with", name)

print(list(use("A", 2)))
g = use("B", 5)
print(next(g))
print(g.send("hello"))
g.close()
print("closed B")
h = use("C", 5)
print(next(h))
try:
    h.throw(KeyError("swallowed"))
except StopIteration:
    print("KeyError swallowed by __exit__, generator finished")
k = use("D", 5)
next(k)
try:
    k.throw(IndexError("not swallowed"))
except IndexError as e:
    print("propagated:", e)

def nested():
    with Resource("바깥"):
        with Resource("안쪽"):
            yield 1.5
            yield 2.5
print(sum(nested()))
