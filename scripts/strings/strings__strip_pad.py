# Checks strip/lstrip/rstrip with and without arguments, and padding methods.
raw = "   padded text \t\n"
print("[" + raw.strip() + "]")
print("[" + raw.lstrip() + "]")
print("[" + raw.rstrip() + "]")
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"))
print("www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print("[" + "cat".center(9) + "]")
print("[" + "cat".center(10, "*") + "]")
print("[" + "cat".ljust(6) + "]", "[" + "cat".rjust(6, ".") + "]")
print("42".zfill(5), "-42".zfill(6), "12345".zfill(3))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("name".removeprefix("zzz"))

table = [("apple", 3), ("kiwi", 12), ("watermelon", 1)]
for name, qty in table:
    print(name.ljust(12) + str(qty).rjust(4))

def box(text):
    width = len(text) + 4
    print("+" + "-" * (width - 2) + "+")
    print("| " + text + " |")
    print("+" + "-" * (width - 2) + "+")

box("hello")
box("tikitaka")
print("a\tb".expandtabs(4))
