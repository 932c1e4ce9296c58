# With --trace: a yield from chain, indented by delegation depth, ending with the return value.
def leaf():
    yield 1
    return "leaf done"
def outer():
    r = yield from leaf()
    yield r
for v in outer():
    print(v)
