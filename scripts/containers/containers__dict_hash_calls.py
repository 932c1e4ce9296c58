# When CPython hashes and compares dict keys: once per lookup or insertion,
# never again when merging, copying or comparing dicts (stored hashes).
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("  hash", self.v); return hash(self.v)
    def __eq__(self, o):
        print("  eq", self.v, getattr(o, "v", o)); return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
k = [K(i) for i in range(4)]
print("literal"); d = {k[0]: 0, k[1]: 1}
print("setitem"); d[k[2]] = 2
print("getitem same"); print(d[k[1]])
print("getitem equal"); print(d[K(1)])
print("get"); print(d.get(K(3)), d.get(k[0]))
print("in"); print(K(2) in d)
print("pop"); print(d.pop(K(0)))
print("setdefault"); print(d.setdefault(K(5), 5), d.setdefault(k[1], 9))
print("update"); d.update({k[3]: 3})
print("copy"); e = d.copy(); print(len(e))
print("dict(d)"); e = dict(d); print(len(e))
print("| merge"); f = d | {K(7): 7}; print(len(f))
print("|="); d |= {k[3]: 33}; print(d[k[3]])
print("del"); del d[K(2)]
print("keys & set"); print(d.keys() & {k[1]})
print("keys - list"); print(d.keys() - [K(1)])
print("items in"); print((k[1], 1) in d.items())
print("fromkeys"); print(dict.fromkeys([K(8), K(8)]))
print("popitem"); print(d.popitem())
print("eq dicts"); print({k[1]: 1} == {K(1): 1})
print("dict kwargs"); print(dict([(k[1], 1)], a=2))
print("order after delete"); g = {i: i for i in range(6)}; del g[2]; g[2] = 2; g[7] = 7; del g[0]; print(g, list(g.keys()), list(g.values()))
print("reversed"); print(list(reversed(g)), list(reversed(g.items())))
print("comprehension"); print({x: x for x in [K(9), K(9)]})
