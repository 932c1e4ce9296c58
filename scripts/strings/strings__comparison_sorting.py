# Checks lexicographic comparison and sorting strings with keys.
words = ["pear", "Apple", "fig", "banana", "cherry", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))

print("a" < "b" < "c", "abc" < "abcd", "abc" > "ab")
print("10" < "9", 10 < 9)
print("apple" != "Apple", "apple".lower() == "Apple".lower())

names = ["김민준", "이서연", "박지호", "최유나"]
print(sorted(names))
print(sorted(names, key=lambda n: n[1:]))

records = [("kim", 90), ("lee", 85), ("park", 90), ("choi", 70)]
by_score = sorted(records, key=lambda r: (-r[1], r[0]))
for name, score in by_score:
    print(name, score)

letters = list("tikitaka")
letters.sort()
print(letters)
letters.sort(reverse=True)
print("".join(letters))
