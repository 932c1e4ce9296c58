# Checks list creation, indexing, mutation, len, concatenation and repetition.
numbers = [3, 1, 4, 1, 5]
print(numbers, len(numbers))
print(numbers[0], numbers[-1], numbers[1:3])
numbers[0] = 30
print(numbers)
numbers.append(9)
print(numbers)
print(numbers + [2, 6], numbers * 0, [0] * 4)
print([1, 2] * 3)
empty = []
print(empty, len(empty), bool(empty), bool([None]))
mixed = [1, "two", 3.0, None, [5]]
print(mixed)
print(mixed[4][0], type(mixed[1]).__name__)

nested = [[0] * 3 for _ in range(3)]
nested[1][2] = 7
print(nested)

shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)

print(list(range(5)), list("xyz"), list((1, 2)))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(3 in numbers, 100 in numbers)

squares = []
for i in range(6):
    squares.append(i * i)
print(squares, sum(squares), max(squares))
