# Checks less common str methods: case, predicates, padding, tabs, affixes, translate and encode/decode.
words = ["hello world", "they're bill's", "ǆungla", "ΣΑΣ ΣΑΣ", "straße", "한국어 Text"]
for w in words:
    print(w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold(), "|", w.upper())
for s in ["abc", "ABC", "Abc Def", "abc1", "123", "²³", "½", "٣", "", " \t\n", "한글", "_name1", "1name"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isascii())
print("[" + "한".center(6, "*") + "]", "[" + "ab".center(5) + "]", "[" + "abc".center(6, "-") + "]")
print("x".ljust(4, ".") + "|", "x".rjust(4, ".") + "|", "-42".zfill(6), "+7".zfill(4), "7".zfill(3))
print(repr("a\tbc\tdef\n\tg".expandtabs()), repr("a\tb".expandtabs(3)), repr("a\tb".expandtabs(0)))
print("test_case.py".removesuffix(".py"), "unit_test".removeprefix("unit_"), "same".removeprefix("x"))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
data = "가나다 abc".encode()
print(data, len(data), data.decode(), data.hex())
print("café".encode("latin-1"), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
print(b"caf\xe9".decode("latin-1"), b"abc\xff".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"))
try:
    b"\xed\xa0\x80 bad".decode()
except UnicodeDecodeError as err:
    print("UnicodeDecodeError:", err)
try:
    "한".encode("ascii")
except UnicodeEncodeError as err:
    print("UnicodeEncodeError:", err)
except ValueError as err:
    print("ValueError:", err)
try:
    "x".encode("klingon")
except LookupError as err:
    print("LookupError:", err)
for bad in [lambda: "x".center(5, "ab"), lambda: "x".zfill("5"), lambda: "abc".index("z"), lambda: "a".startswith(1)]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
