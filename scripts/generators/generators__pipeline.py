# Checks a push-style coroutine pipeline (source -> grep -> transform -> printer) driven by send().
def coroutine(func):
    def start(*args):
        cr = func(*args)
        next(cr)
        return cr
    return start

@coroutine
def printer(prefix):
    count = 0
    try:
        while True:
            line = (yield)
            count += 1
            print(f"{prefix}{count}: {line}")
    except GeneratorExit:
        print(f"{prefix}printer closed after {count} lines")

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = (yield)
            if pattern in line:
                target.send(line)
    finally:
        target.close()

@coroutine
def upper(target):
    try:
        while True:
            target.send((yield).upper())
    finally:
        target.close()

@coroutine
def broadcast(targets):
    try:
        while True:
            item = (yield)
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()

lines = ["python generators are lazy", "코루틴은 협력하는 루틴",
         "send pushes data into python coroutines", "파이썬 코루틴 예제", "nothing to see here"]

def feed(source, target):
    for line in source:
        target.send(line)
    target.close()

feed(lines, grep("python", upper(printer("A"))))
feed(lines, broadcast([grep("코루틴", printer("B")), grep("see", printer("C"))]))
