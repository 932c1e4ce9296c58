# Checks iterating over strings, ord/chr, and character classification.
word = "Hello"
for ch in word:
    print(ch, ord(ch))

print([chr(c) for c in range(65, 71)])
print(chr(44032), ord("가"), chr(97))

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

secret = caesar("Hello, World!", 3)
print(secret)
print(caesar(secret, -3))

def letter_counts(text):
    counts = {}
    for ch in text:
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return counts

counts = letter_counts("mississippi")
for letter in sorted(counts):
    print(letter, counts[letter])

vowels = len([ch for ch in "education is important" if ch in "aeiou"])
print("vowels:", vowels)
print(list("abc"), tuple("xy"), list("한글"))
print(list(enumerate("hi")))
print("".join(sorted("tikitaka")))
