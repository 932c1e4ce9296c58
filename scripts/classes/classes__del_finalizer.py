# __del__ runs when the last reference goes away (del, rebinding, the end of
# a function, a temporary), once, also for objects in a collected cycle and
# for a __del__ assigned to the class later; objects still alive at the end
# of the program are finalized then.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

r = Resource("a")
del r
print("after del")
r2 = Resource("b")
r2 = None
print("after rebind")

def use():
    x = Resource("c")
    print("using", x.name)
use()
print("after use")

class Child(Resource):
    pass
Child("d")
print("after temp")


class Resurrects:
    saved = []

    def __del__(self):
        print("resurrected once")
        Resurrects.saved.append(self)


x = Resurrects()
del x
Resurrects.saved.clear()
print("cleared: no second __del__")


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("node del", self.name, self.other.name if self.other else None)
a, bb = Node("x"), Node("y")
a.other, bb.other = bb, a
del a, bb
import gc
gc.collect()
print("after gc")

class Late:
    pass
def late_del(self):
    print("late del")
Late.__del__ = late_del
l = Late()
del l
print("after late")
keep = Resource("global")
lst = [Resource("in list")]
print("end")
