# String building, dict insert/lookup and sorting.
def run(n):
    counts = {}
    words = []
    for i in range(n):
        key = "k" + str(i % 5000)
        counts[key] = counts.get(key, 0) + i
        words.append(f"{key}-{i % 7}")
    text = ",".join(words)
    parts = text.split(",")
    best = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:3]
    return len(parts), best


print(run(200000))
