# Checks __call__ objects and context managers with __enter__/__exit__.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor

triple = Multiplier(3)
print(triple(7), callable(triple), callable(Multiplier), list(map(triple, [1, 2])))

class Tracker:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("exit", self.label, "cleanly")
        else:
            print("exit", self.label, "with", exc_type.__name__, exc_value)
        return False

with Tracker("A") as t:
    print("inside", t.label)

try:
    with Tracker("B"):
        print("about to fail")
        raise ValueError("boom")
except ValueError as err:
    print("caught outside:", err)

with Tracker("outer"), Tracker("inner"):
    print("nested body")

class Indent:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc_info):
        self.level -= 1

    def write(self, text):
        print("    " * self.level + text)

out = Indent()
out.write("level 0")
with out:
    out.write("level 1")
    with out:
        out.write("level 2")
out.write("back to 0")
