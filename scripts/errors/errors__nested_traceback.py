# Checks a traceback that passes through three nested function calls.
def parse_score(text):
    return int(text)

def load_scores(lines):
    scores = []
    for line in lines:
        scores.append(parse_score(line))
    return scores

def report(lines):
    scores = load_scores(lines)
    return sum(scores) / len(scores)

print("report:", report(["90", "80", "70"]))
print("report:", report(["100"]))
bad_lines = ["100", "아흔", "80"]
print("loading bad data")
print(report(bad_lines))
