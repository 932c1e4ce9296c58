# With --trace: the note-style accumulator shows send -> resume -> yield -> main, in order.
def coroutine():
    y = 0
    while True:
        x = (yield y)
        print('코루틴 호출:', x)
        y += x


cor = coroutine()
cor.send(None)
x = cor.send(1)
print('x:', x)
x = cor.send(2)
print('x:', x)
