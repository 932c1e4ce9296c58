# With --trace: throw() into a generator, close(), and a generator that ends with an exception.
def worker():
    try:
        while True:
            got = yield "ready"
            print("got", got)
    except ValueError:
        yield "recovered"
    finally:
        print("cleanup")

w = worker()
print(next(w))
print(w.send("job"))
print(w.throw(ValueError))
w.close()

def failing():
    yield 1
    raise KeyError("gone")

try:
    for v in failing():
        print(v)
except KeyError as e:
    print("caught", e)
