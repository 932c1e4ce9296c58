# Class attributes used as defaults for instance attributes (the asyncio Future style): the instance value wins once set, deleting it brings the class value back, and changing or replacing the class attribute (with a new value, a property, a method) is seen at the very next access of the same instruction.


class Job:
    state = "PENDING"
    retries = 0
    tags = []
    kind = None

    def describe(self):
        return f"{self.state}/{self.retries}/{self.kind}"


def show(jobs):
    # one instruction per attribute, reached with many instances and classes
    return [j.describe() for j in jobs]


a, b = Job(), Job()
print(show([a, b]))
a.state = "DONE"
a.retries += 1
print(show([a, b]), vars(a), vars(b))
del a.state
print(show([a, b]), vars(a))

# the class default is one shared object
a.tags.append("x")
print(b.tags, a.tags is b.tags is Job.tags)
a.tags = ["own"]
print(a.tags, b.tags)

# changing the class value is seen at once
Job.retries = 5
print(show([a, b]))
Job.state = "QUEUED"
print(show([a, b]))


# a subclass overrides the default
class Urgent(Job):
    kind = "urgent"
    retries = 9


u = Urgent()
print(show([a, u, b]))


# the default becomes a property: now it wins over the instance dict
class Props:
    state = property(lambda self: "computed")


a.state = "own"
Job.state = Props.__dict__["state"]
print(show([a, u]), vars(a))
try:
    a.state = "DONE"
except AttributeError as e:
    print("AttributeError:", e)
del Job.state
print(a.state)
try:
    print(u.state)
except AttributeError as e:
    print("AttributeError:", e)


# the default becomes a method
def retries(self):
    return "method"


Job.retries = retries
print(b.retries(), a.retries, u.retries)
del Job.retries
try:
    print(b.retries)
except AttributeError as e:
    print("AttributeError:", e)


# a class default on a class with __slots__: the name is read-only
class Slotted:
    __slots__ = ("x",)
    y = 10


s = Slotted()
print(s.y)
try:
    s.y = 11
except AttributeError as e:
    print("AttributeError:", e)
s.x = 1
print(s.x, s.y)


# __setattr__ defined later: stores go through it
class Watched:
    level = 1


w = Watched()
for n in range(3):
    w.level = n
print(w.level)
Watched.__setattr__ = lambda self, k, v: print("set", k, v)
for n in range(2):
    w.level = n + 10
print(w.level, Watched.level)
