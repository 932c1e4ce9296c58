# Checks an uncaught AssertionError with a message from a failed assert.
def mean(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)

def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle]

print(mean([1, 2, 3, 4]))
print(mean([10]))
print(median([5, 1, 9]))
no_values = []
print("mean of nothing")
result = mean(no_values)
print("never printed", result)
