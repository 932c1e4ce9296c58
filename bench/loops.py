# Nested loops with small-int arithmetic and comparisons.
def work(n):
    total = 0
    for i in range(n):
        for j in range(100):
            if (i + j) % 3 == 0:
                total += i * j
            else:
                total -= 1
    return total


print(work(30000))
