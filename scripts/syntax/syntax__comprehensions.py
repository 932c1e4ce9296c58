# Checks list, dict and set comprehensions with conditions and nesting.
squares = [n * n for n in range(8)]
print(squares)

evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
print(evens)

grid = [(r, c) for r in range(3) for c in range(r)]
print(grid)

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

word_lengths = {word: len(word) for word in ["sun", "moon", "stars"]}
print(word_lengths)

remainders = {n % 5 for n in range(20)}
print(sorted(remainders))

labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)

flat = [x for row in matrix for x in row if x % 2]
print(flat)

# comprehension variable does not leak
n = "outer"
_ = [n for n in range(3)]
print(n)

# comprehension over dict items
prices = {"apple": 3, "pear": 5, "fig": 2}
cheap = sorted([name for name, price in prices.items() if price < 4])
print(cheap)

inverted = {v: k for k, v in prices.items()}
print(inverted)
