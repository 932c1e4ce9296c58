# Checks concatenation, repetition, comparison and building strings in loops.
first = "Tiki"
second = "Taka"
print(first + second, first + " " + second)
print(first * 3, 3 * "ab", "x" * 0, "y" * -2)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "apple" == "apple")
print("가" < "나", "b" > "B", "" < "a")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["다람쥐", "가방", "나무"]))

line = ""
for i in range(5):
    line += str(i)
print(line)

pieces = []
for word in ["one", "two", "three"]:
    pieces.append(word.upper())
print("|".join(pieces))

row = "=" * 20
print(row)
print("results".center(20))
print(row)

try:
    print("age: " + 14)
except TypeError as err:
    print("TypeError:", err)

print("age: " + str(14))
print(str(3.5) + "!", str(None) + "?", str(True) + str([1, 2]))
s = "mutable?"
t = s
s += " no"
print(s, "/", t)
