# Checks that map, filter, zip, enumerate and reversed consume their inputs lazily, one item at a time.
def source(tag, n):
    for i in range(n):
        print(f"  {tag} produces {i}")
        yield i

def show(x):
    print(f"  map sees {x}")
    return x * 1.5

m = map(show, source("m", 3))
print(type(m).__name__, "created; nothing produced yet")
print(next(m))
print(list(m))

f = filter(lambda v: v % 2, source("f", 5))
print(type(f).__name__, next(f), next(f))

z = zip(source("left", 5), source("right", 2))
print(type(z).__name__)
print(list(z))
print("zip stops at the shortest; left consumed one extra item")

e = enumerate(source("e", 3), start=100)
print(type(e).__name__, next(e))
print(list(e))

data = ["가", "나", "다"]
r = reversed(data)
print(type(r).__name__, next(r))
data[0] = "바뀜"
print(list(r))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print(f"  getitem {i}")
        return i * i
rs = reversed(Seq())
print(next(rs))
print(list(rs))

chained = map(str.upper, filter(str.isalpha, iter("a1b2c")))
print(list(chained))
print(dict(zip("ab", map(lambda x: x ** 2, range(10)))))
print(list(map(lambda a, b: a + b, [1, 2, 3], source("mb", 10))))
