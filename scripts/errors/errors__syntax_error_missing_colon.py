# Checks a SyntaxError for an if statement that is missing its colon.
numbers = [1, 2, 3]
total = 0
for n in numbers:
    total += n
print(total)

def double(x):
    return x * 2

print(double(total))
if total > 5
    print("big total")
else:
    print("small total")
print("unreachable")
