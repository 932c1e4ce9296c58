# Checks map(), filter(), reversed() and sorted() as lazy/one-shot iterables.
numbers = [4, -1, 7, 0, -8, 3]
doubled = map(lambda n: n * 2, numbers)
print(list(doubled))
print(list(doubled))

print(list(map(str, numbers)))
print(list(map(abs, numbers)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(len, ["a", "bb", "ccc"])))

positives = filter(lambda n: n > 0, numbers)
print(list(positives))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, ["12", "ab", "3"])))

print(list(reversed(numbers)), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2, 3))))
back = reversed([1, 2, 3])
print(next(back), list(back))

print(sorted(numbers), numbers)
print(sorted(map(abs, numbers), reverse=True))

def is_vowel(ch):
    return ch in "aeiou"

print("".join(filter(is_vowel, "programming language")))
print("".join(map(str.upper, filter(is_vowel, "tikitaka"))))
print(sum(map(int, "12345")), max(map(len, ["x", "yyy", "zz"])))

pairs = list(map(lambda a, b: (a, b), "abc", range(10)))
print(pairs)
print(list(map(lambda s: s[::-1], ["가나다", "abc"])))
