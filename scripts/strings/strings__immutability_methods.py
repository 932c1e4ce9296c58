# Checks that strings are immutable and str methods return new strings.
original = "hello"
upper = original.upper()
print(original, upper)

try:
    original[0] = "J"
except TypeError as err:
    print("TypeError:", err)

changed = "J" + original[1:]
print(original, changed)

s = "  Mixed Case  "
cleaned = s.strip().lower()
print(repr(s), repr(cleaned))

chained = "a-b-c".replace("-", " ").title().split()
print(chained)

def word_frequencies(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,!?")
        counts[word] = counts.get(word, 0) + 1
    return counts

freq = word_frequencies("The sun. The moon! The stars, and the sun?")
for word in sorted(freq, key=lambda w: (-freq[w], w)):
    print(word, freq[word])

print("abc".index("c"), "a,b".split(",")[1])
print("%".join(["50", "60"]))
print(str.upper("direct call"), str.join("+", ["1", "2"]))
print("x".join([]), "-".join(["only"]))
