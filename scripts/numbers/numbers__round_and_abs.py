# Checks round() (banker's rounding, ndigits), abs() and float formatting of results.
for value in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4, 2.6]:
    print(value, round(value))

print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1250, -2))
print(round(7), type(round(7.2)).__name__, type(round(7.2, 1)).__name__)
print(round(0.125, 2), round(0.375, 2))
print(abs(-3), abs(3.5), abs(-0.0), abs(-10 ** 20))
print(abs(True), abs(-False))

prices = [19.99, 5.005, 100.0, 0.1]
total = sum(prices)
print("total", total, "rounded", round(total, 2))

def average(numbers):
    return sum(numbers) / len(numbers)

print(average([1, 2, 3, 4]))
print(round(average([1, 2, 2]), 3))
print(round(-2.675, 2))

distances = [-7, 3, -1, 10, -12]
print(sorted(distances, key=abs))
print(max(distances, key=abs), min(distances, key=abs))
