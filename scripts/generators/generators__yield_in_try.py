# Checks yield inside try/except/else/finally and that handlers see thrown and raised errors.
def guarded():
    try:
        print("try: before yield")
        x = yield 1
        print("try: got", x)
        if x == "boom":
            raise ValueError("boom inside")
        yield 2
    except ValueError as e:
        print("except:", e)
        yield "from except"
    else:
        print("else branch")
        yield "from else"
    finally:
        print("finally runs")
        yield "from finally"
    print("after try")

print(list(guarded()))
g = guarded()
print(next(g))
print(g.send("boom"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")

def retry():
    attempts = 0
    while True:
        try:
            value = yield attempts
            print("  value", 10 / value)
        except ZeroDivisionError as e:
            attempts += 1
            print("  caught:", e)
        finally:
            print("  finally, attempts =", attempts)

r = retry()
print(next(r))
print(r.send(4))
print(r.send(0))
print(r.send(0.5))
print(r.send(0))
r.close()
