# Suspended generators dropped together with the container holding them:
# each one's `finally` runs as it goes, last item first for a list (when
# cleared or deleted) and a tuple, in insertion order for a dict.
def worker(name):
    try:
        yield name
    finally:
        print("finished", name)


def started(names):
    out = [worker(n) for n in names]
    for w in out:
        next(w)
    return out


print("list.clear()")
workers = started("abc")
workers.clear()

print("del list")
workers = started("def")
del workers

print("del tuple")
workers = tuple(started("ghi"))
del workers

print("del dict")
workers = {n: w for n, w in zip("jkl", started("jkl"))}
del workers

print("slice deleted")
workers = started("mnop")
del workers[1:3]
print("left", [next(w, None) for w in workers])
del workers

print("list in a list")
nest = [started("qr"), started("st")]
del nest
print("end")
