# Checks int(), float(), str(), bool(), list(), tuple(), dict(), set() constructors.
print(int(), float(), str(), bool(), list(), tuple(), dict())
print(int(3.9), int(-3.9), int("  12 "), int("-0"), int(True))
print(float(2), float("  -1.5 "), float("1e-3"), float("inf"), float(" nan "))
print(str(12), str(1.0), str([1]), str(None), str(False))
print(bool(1), bool(-1), bool(0.0), bool("False"), bool(()), bool({0: 0}))
print(list("abc"), list((1, 2)), list({"x": 1, "y": 2}), list(range(3)))
print(tuple([1, 2]), tuple("hi"), tuple({5: "a"}))
print(dict([(1, "a"), (2, "b")]), dict(a=1), dict({"k": "v"}, extra=True))
print(sorted(set([3, 1, 3])), sorted(set("banana")), len(set()))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))

for text in ["10", "2.5", "-7", "abc", "1e2"]:
    try:
        print(text, "int:", int(text))
    except ValueError:
        try:
            print(text, "float:", float(text))
        except ValueError:
            print(text, "neither")

print(int(float("2.99")), round(float("2.5")), int("1" * 3))
print(str(int("0042")), int(str(10 ** 20)) == 10 ** 20)
print(list(map(int, "1 2 3".split())), tuple(map(float, ["1", "2"])))
print(repr(str(0.1)), repr(float("0.10")), float("-0"))

try:
    float("1,5")
except ValueError as err:
    print("ValueError:", err)

try:
    int("12", 1)
except ValueError as err:
    print("ValueError:", err)
