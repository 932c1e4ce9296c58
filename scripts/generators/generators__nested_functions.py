# Checks generators defined in nested functions, closures over outer variables and generator factories.
def make_counter(step):
    def gen(start):
        n = start
        while True:
            yield n
            n += step
    return gen

by3 = make_counter(3)
g = by3(1)
print([next(g) for _ in range(5)])
print(by3.__qualname__, type(by3(0)).__name__)

def outer():
    log = []
    def inner():
        log.append("inner started")
        x = yield len(log)
        log.append(f"inner got {x}")
        yield len(log)
    it = inner()
    print(next(it))
    print(it.send("값"))
    return log

print(outer())

def shared_state():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen(), peek

gen, peek = shared_state()
print(next(gen), next(gen), peek())
print(next(gen), peek())

def level1():
    def level2():
        def level3():
            yield "deep"
            yield "er"
        for part in level3():
            yield part.upper()
    yield from level2()
    yield "!"
print("".join(level1()))

def 제곱_생성기_목록():
    return [(lambda k: (i * i for i in range(k)))(n) for n in range(4)]
print([list(x) for x in 제곱_생성기_목록()])
