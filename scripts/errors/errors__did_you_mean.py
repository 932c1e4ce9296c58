# CPython 3.11's "Did you mean" hints: added to the report of an uncaught
# AttributeError or NameError, not to str(e) nor to the traceback module's
# output. Attribute names come from dir(obj); names from the function's
# locals, then the globals, then the builtins.
import traceback, math, asyncio


def show(fn):
    try:
        fn()
    except Exception as e:
        print("str:", e)
        print(traceback.format_exception_only(type(e), e)[-1], end="")


class Account:
    interest = 0.1

    def __init__(self):
        self.balance = 0
        self.owner = "kim"

    def deposit(self, x):
        self.balance += x


acct = Account()
total_count = 1
show(lambda: acct.balanse)
show(lambda: acct.Balance)
show(lambda: acct.deposite(1))
show(lambda: acct.intrest)
show(lambda: Account.depositt)
show(lambda: acct.zzzzzzzz)
show(lambda: acct.own)
show(lambda: math.pii)
show(lambda: math.sqr(4))
show(lambda: asyncio.sleeep)
show(lambda: "text".uper())
show(lambda: [1].appendd(2))
show(lambda: {}.item())
show(lambda: (1).bit_lenght())
show(lambda: total_cuont)
show(lambda: pritn("x"))
show(lambda: lenn([]))
show(lambda: Print("x"))
show(lambda: ranges(3))
show(lambda: Acount())


def locals_case():
    counter = 1
    return countr


show(locals_case)


def raise_plain():
    raise NameError("name 'valuez' is not defined")


show(raise_plain)


def raise_attr():
    raise AttributeError("no such thing")


show(raise_attr)
try:
    acct.balanse
except AttributeError:
    traceback.print_exc()
print(acct.balanse)
