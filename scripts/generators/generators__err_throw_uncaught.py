# Checks the traceback when throw() injects an exception that the generator does not catch.
class 잔액부족(Exception):
    pass

def 계좌(잔액):
    try:
        while True:
            금액 = yield 잔액
            잔액 -= 금액
    except ValueError:
        print("ValueError handled")
        yield -1.0

a = 계좌(100.0)
print(next(a))
print(a.send(30.5))
print(a.send(19.5))
a.throw(잔액부족("출금 불가: 50.0"))
print("never printed")
