# Checks iterating dicts by keys, values and items, and building dicts from data.
scores = {"kim": 82, "lee": 95, "park": 77, "choi": 95}
for name in scores:
    print(name, scores[name])

for name, score in scores.items():
    if score > 80:
        print("passed:", name)

print(sum(scores.values()), max(scores.values()))
best = max(scores, key=scores.get)
print("best (first max):", best)

ranking = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
for place, (name, score) in enumerate(ranking, start=1):
    print(place, name, score)

word_count = {}
for word in "to be or not to be that is the question".split():
    word_count[word] = word_count.get(word, 0) + 1
print(word_count)

by_length = {}
for word in word_count:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, by_length[length])

inverted = {}
for name, score in scores.items():
    inverted.setdefault(score, []).append(name)
print(inverted)

try:
    for key in scores:
        scores["new"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
