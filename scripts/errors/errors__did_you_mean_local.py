# A misspelt local variable inside a function: the uncaught NameError's
# report suggests the local name.
def average(scores):
    total = 0
    for score in scores:
        total += score
    return totl / len(scores)


print(average([80, 90]))
