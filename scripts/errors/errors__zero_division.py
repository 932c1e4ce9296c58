# Checks an uncaught ZeroDivisionError raised inside a function (traceback with ~~^~~ markers).
def average(total, count):
    result = total / count
    return result

def describe(values):
    total = sum(values)
    return f"{len(values)} values, total {total}"

data = [10, 20, 30]
print(describe(data))
print("average of 10 over 4:", average(10, 4))
print("average of 9 over 3:", average(9, 3))
print("average of data:", average(sum(data), len(data)))
empty = []
print("now dividing by zero...")
print(average(sum(empty), len(empty)))
print("never printed")
