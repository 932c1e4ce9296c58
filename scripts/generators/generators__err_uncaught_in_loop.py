# Checks the traceback of an exception raised inside a generator while a for loop iterates it.
def parse_scores(lines):
    for line in lines:
        name, score = line.split(":")
        yield name.strip(), float(score)

def report(lines):
    total = 0.0
    for name, score in parse_scores(lines):
        total += score
        print(f"{name}: {score}")
    return total

print("total:", report(["철수: 80.5", "영희: 91"]))
print("total:", report(["민수: 70", "지수: 88.25", "잘못된 줄", "끝: 1"]))
print("never printed")
