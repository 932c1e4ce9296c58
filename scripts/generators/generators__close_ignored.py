# Checks `RuntimeError: generator ignored GeneratorExit` when a generator yields after GeneratorExit.
def stubborn():
    ignored = 0
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            ignored += 1
            if ignored > 1:
                raise
            print("  ignoring GeneratorExit once")

s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("generator is still suspended:", next(s))
s.close()
print("second close accepted")

def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally yields a value")
        yield "bad"

y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(y)
except GeneratorExit:
    print("resuming re-raises the pending GeneratorExit")

def 고집쟁이():
    try:
        yield "하나"
    except GeneratorExit:
        print("  닫기 거부")
    yield "둘"
    print("  여기까지 옴")

g = 고집쟁이()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("오류:", e)
print("finished normally after ignored close:", list(g))

