# Checks case methods: upper, lower, title, capitalize, swapcase and predicates.
text = "hello World, 123 times"
print(text.upper())
print(text.lower())
print(text.title())
print(text.capitalize())
print(text.swapcase())
print("ABC".isupper(), "abc".islower(), "Abc".isupper())
print("123".isdigit(), "12a".isdigit(), "".isdigit())
print("abc".isalpha(), "ab1".isalpha(), "한글".isalpha())
print("ab12".isalnum(), "ab 12".isalnum())
print("   ".isspace(), " a ".isspace())
print("Hello World".istitle(), "Hello world".istitle())
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith("lo"))
print("hello".startswith(("x", "h")), "file.py".endswith((".txt", ".py")))
print("StrAsse".casefold() == "strasse")

names = ["alice", "BOB", "cHARLIE"]
normalized = [name.capitalize() for name in names]
print(normalized)

def count_case(s):
    upper = 0
    lower = 0
    for ch in s:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return upper, lower

print(count_case("Hello Python World"))
