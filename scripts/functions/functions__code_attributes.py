# __code__ of functions, methods and coroutine functions: co_name, co_qualname, co_firstlineno, co_argcount, co_varnames.


def plain(a, b, *args, key=None, **kw):
    total = a + b
    return total


class Box:
    def method(self, x):
        return x

    async def coro(self):
        pass


for f in [plain, Box.method, Box().method, Box.coro, lambda q: q]:
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_firstlineno, c.co_argcount, c.co_kwonlyargcount, c.co_varnames)
    print(c.co_filename.endswith("functions__code_attributes.py"))
print(plain.__code__ is plain.__code__ or plain.__code__ == plain.__code__)
print(Box().coro().cr_code.co_name)
