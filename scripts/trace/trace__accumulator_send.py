# With --trace: a running total fed with send(). Each send() starts a resume,
# each yield hands the new total back to the main routine at the calling line.
def running_total():
    total = 0
    while True:
        amount = (yield total)
        print("  inside: adding", amount)
        total += amount


acc = running_total()
acc.send(None)
for deposit in (5, 7, 30):
    now = acc.send(deposit)
    print("main: total is", now)
acc.close()
