# Summing a generator of 3 million items, and a generator expression.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(sum(numbers(3_000_000)))
print(sum(x * 2 for x in range(3_000_000)))
