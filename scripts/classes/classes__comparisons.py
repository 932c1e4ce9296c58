# Checks rich comparison dunders __eq__, __lt__, __le__, sorting user objects, and __hash__.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text

    def __repr__(self):
        return "v" + self.text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(tuple(self.parts))

versions = [Version("1.10.0"), Version("1.2.0"), Version("1.2"), Version("0.9.9")]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))
print(Version("1.0") in versions, Version("0.9.9") in versions)
unique = {Version("1.0"), Version("1.0"), Version("2.0")}
print(len(unique))

class Plain:
    pass

p = Plain()
q = Plain()
print(p == p, p == q, p != q)

try:
    print(p < q)
except TypeError as err:
    print("TypeError:", err)

class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return self.degrees == other.degrees

print(Temperature(20) == Temperature(20), Temperature(20) == 20)
print(Temperature(1) != Temperature(2))
