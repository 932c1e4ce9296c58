# Checks list.sort and sorted with key, reverse, stability and the min/max key.
scores = [88, 92, 75, 92, 60]
ordered = sorted(scores)
print(ordered, scores)
scores.sort(reverse=True)
print(scores)

people = [("민수", 25), ("지아", 19), ("하준", 25), ("서윤", 31), ("도윤", 19)]
by_age = sorted(people, key=lambda person: person[1])
print(by_age)
by_age_desc = sorted(people, key=lambda person: person[1], reverse=True)
print(by_age_desc)

words = ["banana", "kiwi", "apple", "fig", "cherry"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1])
print(words)

def last_digit(n):
    return n % 10

numbers = [23, 51, 7, 90, 44, 18]
print(sorted(numbers, key=last_digit))
print(max(numbers, key=last_digit), min(numbers, key=last_digit))

pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))

matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix), sorted(matrix, key=lambda row: row[1]))
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted("cab"))
print(sorted({3: "c", 1: "a", 2: "b"}))
print(list(reversed([1, 2, 3])), sorted([True, False, True]))
