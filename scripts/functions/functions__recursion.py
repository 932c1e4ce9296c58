# Checks recursive functions: factorial, fibonacci with memo, hanoi, permutations, flatten.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

print([factorial(n) for n in range(8)], factorial(20))

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(10), fib(50), fib(90))

moves = []
def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source)

hanoi(3, "A", "C", "B")
print(len(moves), moves[:4])

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([items[i]] + rest)
    return result

print(permutations([1, 2, 3]))

def flatten(value):
    if not isinstance(value, list):
        return [value]
    out = []
    for item in value:
        out += flatten(item)
    return out

print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))
print(sum([factorial(n) for n in range(5)]))
