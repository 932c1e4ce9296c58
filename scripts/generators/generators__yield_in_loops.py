# Checks yield inside while/for loops with break, continue and loop-else clauses.
def evens_until(limit):
    n = 0
    while True:
        n += 1
        if n % 2:
            continue
        if n > limit:
            break
        yield n
    yield "loop broke"

print(list(evens_until(9)))

def search(items, target):
    for i, item in enumerate(items):
        cmd = yield i
        if cmd == "stop":
            yield "stopped early"
            return
        if item == target:
            yield f"found {target} at {i}"
            break
    else:
        yield "not found"
    yield "end"

print(list(search("abcde", "c")))
print(list(search("abcde", "z")))
s = search([1, 2, 3], 3)
print(next(s), next(s), s.send("stop"))
print(list(s))

def 구구단(단):
    for i in range(1, 10):
        for j in range(1, 10):
            if j > 단:
                break
            if (i * j) % 7 == 0:
                continue
            yield i * j
        else:
            yield "never"

print(list(구구단(2))[:12])

def countdown(start):
    while start > 0:
        got = yield start
        start -= got if got else 1
    else:
        yield "발사!"

c = countdown(10)
print(next(c), c.send(3), c.send(4), next(c), c.send(2.5))
print(list(countdown(3)))
