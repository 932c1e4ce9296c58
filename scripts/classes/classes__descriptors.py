# Descriptors written in Python: __set_name__ at class creation, __get__ through instances and classes, data descriptors (with __set__/__delete__) before the instance dict, non-data ones after it, and a cached value that shadows its descriptor.


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} of {objtype.__name__}>"
        return getattr(obj, self.slot, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.slot)


class Lazy:
    # only __get__: computes once, then the instance dict shadows it
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class WriteOnly:
    # a data descriptor without __get__
    def __set__(self, obj, value):
        print("WriteOnly.__set__", value)


print("defining Account")


class Account:
    owner = Typed(str)
    balance = Typed(int)
    audit = WriteOnly()

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @Lazy
    def summary(self):
        return f"{self.owner}: {self.balance}"


print("defined")
a = Account("민지", 100)
print(a.owner, a.balance, vars(a))
print(Account.owner)
print(a.summary, a.summary)
print(sorted(vars(a)))

# the data descriptor wins over an entry put straight into the dict
a.__dict__["balance"] = "ignored"
print(a.balance)
try:
    a.balance = "lots"
except TypeError as e:
    print("TypeError:", e)
del a.balance
print(a.balance, vars(a).get("_balance", "gone"))

# a data descriptor without __get__: reading gives the descriptor itself,
# unless the instance dict has the name
a.audit = 5
print(type(a.audit).__name__)
a.__dict__["audit"] = "from dict"
print(a.audit)


class Savings(Account):
    rate = Typed(float)


s = Savings("Bo", 7)
s.rate = 0.5
print(s.owner, s.rate, Savings.rate, Savings.balance)
try:
    s.rate = 1
except TypeError as e:
    print("TypeError:", e)

# descriptors in a loop through one instruction (the attribute caches)
people = [Account(n, i) for i, n in enumerate(["a", "b", "c"])]
print([p.balance for p in people], [p.owner * 2 for p in people])
