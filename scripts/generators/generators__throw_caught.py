# Checks throw(exc) caught inside the generator, which then yields again and keeps running.
class Reset(Exception):
    pass

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset as e:
            print("  reset requested:", e.args)
            n = 0
        except ValueError as e:
            print("  value error:", e)
            n = -100

c = counter()
print(next(c), next(c), next(c))
print("throw Reset ->", c.throw(Reset("please")))
print(next(c), next(c))
print("throw ValueError ->", c.throw(ValueError("bad")))
print(next(c))
print("throw Reset type ->", c.throw(Reset))
print(next(c))

def 수신기():
    기록 = []
    while True:
        try:
            x = yield len(기록)
            기록.append(x)
        except KeyError as e:
            기록.append(f"오류 {e}")
        except GeneratorExit:
            print("  기록:", 기록)
            raise

r = 수신기()
next(r)
r.send(1.5)
print(r.throw(KeyError("열쇠")))
r.send("끝")
r.close()

def resilient():
    for i in range(3):
        try:
            yield i
        except Exception as e:
            yield f"handled {type(e).__name__}"
gen = resilient()
print(next(gen))
print(gen.throw(TypeError))
print(next(gen))
print(list(gen))
