# Checks inspect.getgeneratorstate through a generator's life, plus inspect.isgenerator/isgeneratorfunction.
import inspect

def life():
    print("  running state:", inspect.getgeneratorstate(g))
    x = yield "first"
    print("  got", x)
    yield "second"

g = life()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(g.send(1.5))
print(inspect.getgeneratorstate(g))
print(list(g))
print(inspect.getgeneratorstate(g))

h = life()
h.close()
print("closed before start:", inspect.getgeneratorstate(h))
k = life()
print("throw into created:", end=" ")
try:
    k.throw(ValueError("x"))
except ValueError:
    print(inspect.getgeneratorstate(k))
m = life()
g = m
next(m)
m.close()
print("closed while suspended:", inspect.getgeneratorstate(m))

def 일반함수():
    return [1]
def 생성함수():
    yield 1
lam = lambda: (yield)
print(inspect.isgeneratorfunction(생성함수), inspect.isgeneratorfunction(일반함수))
print(inspect.isgeneratorfunction(lam), inspect.isgeneratorfunction(lambda: 1))
print(inspect.isgenerator(생성함수()), inspect.isgenerator(생성함수))
print(inspect.isgenerator(x for x in "a"), inspect.isgenerator([1]), inspect.isgenerator(iter([1])))
print(inspect.isgenerator(map(str, [1])), inspect.isgenerator(range(3)))
class Meth:
    def gen(self):
        yield
    @staticmethod
    def sgen():
        yield
print(inspect.isgeneratorfunction(Meth.gen), inspect.isgeneratorfunction(Meth().gen))
print(inspect.isgeneratorfunction(Meth.sgen), inspect.isgenerator(Meth().gen()))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
