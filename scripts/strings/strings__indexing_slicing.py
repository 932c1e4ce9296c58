# Checks string indexing, negative indices and slicing with steps.
word = "programming"
print(word[0], word[3], word[-1], word[-3])
print(word[0:4], word[4:], word[:3], word[-4:])
print(word[::2], word[1::3], word[::-1])
print(word[8:2:-2], word[100:], word[-100:3])
print(word[:], word[5:5] == "")
print(len(word), len(""), len("한국어"))

greeting = "안녕하세요"
print(greeting[0], greeting[-1], greeting[1:3], greeting[::-1])

def is_palindrome(text):
    cleaned = text.lower().replace(" ", "")
    return cleaned == cleaned[::-1]

for candidate in ["Racecar", "hello", "Never odd or even", "기러기", "토마토", "사과"]:
    print(candidate, is_palindrome(candidate))

sentence = "the quick brown fox"
middle = len(sentence) // 2
print(sentence[:middle] + "|" + sentence[middle:])

for i in range(len("abc")):
    print(i, "abc"[i])

try:
    print(word[50])
except IndexError as err:
    print("IndexError:", err)
