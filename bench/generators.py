# Generator resume cost: a producer/consumer pipeline driven by send().
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def run(n):
    avg = averager()
    next(avg)
    result = 0.0
    for i in range(n):
        result = avg.send(i)
    return result


print(run(300000))
