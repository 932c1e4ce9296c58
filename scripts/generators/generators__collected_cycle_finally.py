# A suspended generator that is part of a reference cycle is finalized when
# the cycle collector finds it: its finally block runs during gc.collect(),
# before the collection returns.
import gc


def keeper(box, label):
    try:
        yield "ready"
        yield "never reached"
    finally:
        print("finally of", label, "with", len(box), "item(s) in its box")


box = []
gen = keeper(box, "순환")
print(next(gen))
box.append(gen)
del gen, box
print("collecting")
gc.collect()
print("collected")


# a cycle through an instance attribute, closed with a with-block inside
class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


class Holder:
    pass


def using(holder):
    with Resource():
        yield 1


h = Holder()
h.gen = using(h)
next(h.gen)
del h
gc.collect()
print("done")
