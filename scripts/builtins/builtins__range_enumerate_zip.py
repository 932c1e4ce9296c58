# Checks range(), enumerate() and zip() with their various argument forms.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(5, 1)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 9 in r, 10 in r)
print(range(10)[::2], list(range(10)[::-3]))
print(range(0, 5) == range(5), sum(range(1, 11)))

fruits = ["apple", "banana", "cherry"]
for index, fruit in enumerate(fruits):
    print(index, fruit)
for index, fruit in enumerate(fruits, start=1):
    print(f"{index}. {fruit}")
print(list(enumerate("ab", 10)))

prices = [1200, 800, 3000]
stock = [5, 0, 2]
for fruit, price, count in zip(fruits, prices, stock):
    print(fruit, price * count)
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])))
print(dict(zip(fruits, prices)))

names = ["민수", "지아"]
scores = [[90, 80], [70, 100]]
for name, (first, second) in zip(names, scores):
    print(name, first + second)

matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])

try:
    range(1, 2, 0)
except ValueError as err:
    print("ValueError:", err)
print(list(range(-5, 5, 2)), range(3)[2])
