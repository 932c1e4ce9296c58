# Checks while loops with break, continue and the while/else clause.
count = 0
while count < 5:
    count += 1
    if count == 2:
        continue
    print("count", count)

n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)

# while-else: else runs when loop ends without break
i = 0
while i < 3:
    i += 1
else:
    print("finished normally, i =", i)

i = 0
while True:
    i += 1
    if i * i > 50:
        break
else:
    print("never printed")
print("first square over 50 is", i * i)

# search with while/else
numbers = [4, 8, 15, 16, 23, 42]
idx = 0
while idx < len(numbers):
    if numbers[idx] % 5 == 0:
        print("found multiple of 5 at", idx)
        break
    idx += 1
else:
    print("none found")
