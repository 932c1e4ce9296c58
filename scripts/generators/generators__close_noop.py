# Checks that closing a never-started, finished or already-closed generator is a silent no-op.
def gen():
    print("  body ran")
    try:
        yield 1
    finally:
        print("  finally ran")

fresh = gen()
print("closing a never-started generator:")
print(fresh.close())
print(list(fresh))
try:
    next(fresh)
except StopIteration:
    print("never-started then closed: StopIteration")

done = gen()
print("exhausting:")
print(list(done))
print("closing a finished generator:")
done.close()
done.close()
print("no output from closing twice")

paused = gen()
next(paused)
print("closing a paused generator:")
paused.close()
print("closing again:")
paused.close()
print("still finished:", list(paused))

def returns():
    yield "a"
    return "값"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("returned", e.value)
r.close()
print("closed after return")

genexp = (x for x in range(3))
genexp.close()
print(list(genexp))
errored = gen()
next(errored)
try:
    errored.throw(OSError("fail"))
except OSError as e:
    print("errored:", e)
errored.close()
print("close after error is fine")
