# Checks split/rsplit (whitespace and separator, maxsplit), splitlines, partition and search with start/end.
line = "  alpha  beta\tgamma\n delta  "
print(line.split(), line.split(None, 1), line.rsplit(None, 1))
print(line.split(maxsplit=2), line.rsplit(maxsplit=0))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.split(",", 0))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"))
text = "첫째 줄\n둘째 줄\r\n셋째 줄\r넷째\x0c다섯\u2028여섯"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("no newline".splitlines(), "end\n".splitlines(), "\n\n".splitlines(True))
for sep in ["=", ":", "x"]:
    print("key=value=more".partition(sep), "key=value=more".rpartition(sep))
print("이름: 홍길동".partition(": "))
s = "사과,배,포도,배,귤"
print(s.find("배"), s.rfind("배"), s.find("배", 3), s.find("배", 3, 5), s.index("포도"))
print(s.count("배"), s.count(","), s.count(""), s.count("배", 3), s.count(",", -3))
print(s.startswith("사과"), s.startswith("배", 3), s.endswith("귤"), s.endswith(("배", "귤")), s.endswith("배", 0, 4))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".startswith("", 3), "abc".startswith("", 4))
print("x-y-z".replace("-", "+"), "x-y-z".replace("-", "", 1), "abc".replace("", "|"), "abc".replace("", "|", 2))
parts = "2024-01-15".split("-")
year, month, day = [int(p) for p in parts]
print(year, month, day, "/".join(parts[::-1]))
b = b"k1=v1;k2=v2;;k3"
print(b.split(b";"), b.split(b";", 1), b.rsplit(b";", 1), b.partition(b"="), b.split())
print(b.find(b"k2"), b.count(b"k"), b.replace(b";", b"&"), b" pad ".strip(), b"-".join([b"a", b"b"]))
print(b"Mixed Case".upper(), b"Mixed Case".lower(), b"x".startswith((b"y", b"x")), b"line1\nline2\r\n".splitlines())
for bad in [lambda: "abc".split(""), lambda: "abc".partition(""), lambda: "abc".split(1), lambda: b"abc".split("b")]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
