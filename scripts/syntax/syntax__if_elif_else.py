# Checks if/elif/else chains, nested conditions and the conditional expression.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for value in [-5, 0, 3, 10, 99]:
    print(value, classify(value))

score = 73
if score >= 90:
    grade = "A"
elif score >= 80:
    grade = "B"
elif score >= 70:
    grade = "C"
else:
    grade = "F"
print("grade:", grade)

x = 4
parity = "even" if x % 2 == 0 else "odd"
print(x, "is", parity)

# nested if
a, b = 3, 7
if a < b:
    if b - a > 3:
        print("far apart")
    else:
        print("close")

# truthiness of various values
for thing in [0, 1, "", "a", [], [0], None, 0.0]:
    if thing:
        print(repr(thing), "is truthy")
    else:
        print(repr(thing), "is falsy")

# chained comparisons
y = 5
print(1 < y < 10, 1 < y > 10, 0 <= y <= 5 < 6)
