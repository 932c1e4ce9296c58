# Checks __getattr__ fallback, getattr/setattr/hasattr/delattr, and instance __dict__.
class Config:
    def __init__(self, **values):
        self.values = values
        self.lookups = 0

    def __getattr__(self, name):
        self.lookups += 1
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting named {name!r}")

cfg = Config(theme="dark", size=12)
print(cfg.theme, cfg.size, cfg.lookups)
print(cfg.values, getattr(cfg, "theme"))
print(getattr(cfg, "missing", "fallback"), hasattr(cfg, "missing"))

try:
    cfg.nothing
except AttributeError as err:
    print("AttributeError:", err)

class Record:
    kind = "record"

r = Record()
setattr(r, "title", "tikitaka")
r.year = 2024
print(r.title, getattr(r, "year"), hasattr(r, "title"))
print(r.__dict__)
delattr(r, "title")
print(hasattr(r, "title"), r.__dict__)
del r.year
print(r.__dict__, r.kind)

try:
    print(r.year)
except AttributeError as err:
    print("AttributeError:", err)

for field, value in [("a", 1), ("b", 2)]:
    setattr(r, field, value * 10)
print(sorted(vars(r).items()))
print([name for name in dir(r) if not name.startswith("_")])

class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)

words = Proxy(["b", "a"])
words.append("c")
print(words._target)
