# Checks producer/consumer ping-pong between two coroutines exchanging Korean strings and floats.
def 소비자(이름):
    받은것 = []
    응답 = None
    while True:
        x = (yield 응답)
        if x is None:
            break
        받은것.append(x)
        print(f"  {이름}: 받아온 값 {x!r}")
        응답 = f"{이름} 확인 #{len(받은것)}"
    return 받은것

def 생산자(소비, 항목들):
    for 항목 in 항목들:
        print(f"생산자: 보냄 {항목!r}")
        답 = 소비.send(항목)
        print(f"생산자: 응답 {답!r}")
    try:
        소비.send(None)
    except StopIteration as e:
        return e.value

c = 소비자("소비자1")
print("초기화:", c.send(None))
결과 = 생산자(c, [10, "안녕하세요.", 3.14, "흔한 예제입니다."])
print("소비자가 받은 전체:", 결과)

def ping():
    count = 0
    while True:
        ball = yield f"ping {count}"
        count += 1
        if ball >= 1.0:
            return count

def pong():
    speed = 0.25
    while True:
        msg = yield speed
        speed = round(speed * 1.5, 4)
        print(f"  pong hears {msg!r}, speed now {speed}")

p, q = ping(), pong()
msg, speed = next(p), next(q)
try:
    while True:
        speed = q.send(msg)
        msg = p.send(speed)
        print("ping says", msg)
except StopIteration as e:
    print("rally over after", e.value, "hits at speed", speed)
