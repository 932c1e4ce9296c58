# Checks min(), max(), sum(), any() and all() with iterables, keys and defaults.
values = [3, 9, -2, 7]
print(min(values), max(values), sum(values))
print(min(4, 2, 8), max("apple", "pear", "fig"))
print(min("hello"), max([1.5, 2, 0.5]))
print(min(values, key=abs), max(["aa", "b", "cccc"], key=len))
print(max([], default=None), min((), default="nothing"))
print(sum([]), sum([1, 2], 100), sum([0.5, 0.25]), sum(range(5), -10))
print(max([(2, "b"), (2, "c"), (1, "z")]))
print(max([3, 7, 7, 1], key=lambda v: v % 5))

print(any([]), all([]))
print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any([n > 8 for n in values]), any([n > 100 for n in values]))
print(all([n > -5 for n in values]), all([isinstance(v, int) for v in values]))

words = ["tiki", "taka", "ball"]
print(any(["k" in w for w in words]), all(["a" in w for w in words]))

try:
    max([])
except ValueError as err:
    print("ValueError:", err)

try:
    sum(["a", "b"])
except TypeError as err:
    print("TypeError:", err)

grades = {"수학": 88, "영어": 95, "과학": 79}
print(max(grades), min(grades))
print(max(grades, key=grades.get), min(grades.values()))
print(sum(grades.values()) / len(grades))
print(max(True, 0), min([[2], [1, 9]]))
