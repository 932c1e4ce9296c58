# Checks list slicing with steps, slice assignment and slice deletion.
letters = list("abcdefgh")
print(letters[2:5], letters[::3], letters[::-1], letters[-3:-1])
print(letters[5:1:-1], letters[10:20])

copy = letters[:]
copy[0] = "Z"
print(letters[0], copy[0])

numbers = list(range(10))
numbers[2:5] = ["x", "y"]
print(numbers)
numbers[1:1] = [100, 200]
print(numbers)
numbers[:] = [1, 2, 3]
print(numbers)

grid = list(range(10))
grid[::2] = [0] * 5
print(grid)

try:
    grid[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)

values = list(range(12))
del values[::3]
print(values)
del values[2:4]
print(values)
del values[:]
print(values)

text = "0123456789"
print(text[1:8:2], text[-1:-6:-2])

t = (10, 20, 30, 40, 50)
print(t[1:4], t[::-2])
first_half = t[:len(t) // 2]
print(first_half, type(first_half).__name__)
