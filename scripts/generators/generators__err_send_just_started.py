# Checks the uncaught TypeError for sending a non-None value to a just-started generator.
def 코루틴():
    while True:
        x = (yield)
        print("받아온 값:", x)

ok = 코루틴()
next(ok)
ok.send(10)
ok.send(2.5)

forgot_to_prime = 코루틴()
print("sending without priming")
forgot_to_prime.send("안녕하세요")
print("never printed")
