# Checks that generator expressions are real generators: type, names, next/send/close/throw on them.
squares = (n * n for n in range(5))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
print(next(squares))
print(squares.send(None))
print(squares.send("ignored by the genexpr"))
print(list(squares))
print(list(squares))

def inside():
    return (c.upper() for c in "abc")
g = inside()
print(g.__qualname__)
print(next(g))
g.close()
print("after close:", list(g))

h = (x / 2 for x in [1, 2, 3])
print(next(h))
try:
    h.throw(ValueError("into genexpr"))
except ValueError as e:
    print("throw propagated:", e)
print(list(h))

fresh = (x for x in [1])
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)

class Box:
    items = [3, 1, 2]
    doubled = list(i * 2 for i in items)
print(Box.doubled)
nested = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested))
단어들 = ["사과", "바나나", "딸기"]
길이 = (len(w) for w in 단어들)
print(max(길이), list(길이))
print(sum(x * 0.5 for x in range(4)))
print("-".join(str(i) for i in range(3)))
print(sorted((x % 3, x) for x in range(6)))
