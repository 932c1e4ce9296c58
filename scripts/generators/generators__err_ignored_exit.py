# Checks the uncaught RuntimeError when a generator keeps yielding after close() raises GeneratorExit.
def stubborn():
    n = 0
    ignored = False
    while True:
        try:
            yield n
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("ignoring GeneratorExit at", n)
        n += 1

g = stubborn()
print(next(g), next(g))
g.close()
print("never printed")
