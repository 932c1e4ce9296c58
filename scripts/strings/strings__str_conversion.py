# Checks str() and repr() of many object types and string-number conversions.
print(str(42), str(-3.5), str(True), str(None))
print(str([1, "a", 2.0]), str((1,)), str({"k": [1, 2]}))
print(repr(42), repr("42"), repr([1, "2"]))
print(str(1e20), str(1.0), str(0.1 + 0.7))
print(int("123") + 1, float("1.5") * 2)
print(str(2 ** 70), len(str(2 ** 70)))
print(str(int("007")), str(float("  2.50  ")))
print("".join([str(i) for i in range(10)]))
print(str(""), repr(str("")))

values = [0, 1.25, "text", [], (1, 2), {"a": 1}, None, False]
for value in values:
    print(type(value).__name__, str(value), repr(value))

for text in ["12", "3.0", "abc", "-7"]:
    try:
        number = int(text)
        print(text, "-> int", number)
    except ValueError:
        try:
            number = float(text)
            print(text, "-> float", number)
        except ValueError:
            print(text, "-> not a number")

nested = [[1, [2, ["three"]]], ("four", {"five": 5})]
print(nested)
print(str(nested) == repr(nested))
