# open(): writing, appending and reading text and binary files, line iteration, print(file=...), modes and CPython's errors for missing files, directories and misuse.
import io
path = "/tmp/_tikitaka_golden_open.txt"
with open(path, "w") as f:
    print(repr(f), f.closed, f.name, f.mode, f.writable(), f.readable())
    f.write("첫째 줄\n")
    f.writelines(["둘\n", "셋\n"])
    print("x", 1, file=f)
print(f.closed)
with open(path) as f:
    print(f.readline(), end="")
    for line in f:
        print("->", line.rstrip())
with open(path, encoding="utf-8") as f:
    print(f.read(3), f.tell(), f.readlines())
with open(path, "a") as f:
    f.write("more\n")
print(open(path).read().splitlines())
with open(path, "rb") as f:
    data = f.read()
    print(repr(f), type(data).__name__, len(data), data[:3])
with open(path, "wb") as f:
    print(repr(f), f.write(b"\x00\x01abc\n"))
print(open(path, "rb").read())
for bad in ["/nonexistent/x.txt", "/tmp"]:
    try:
        open(bad)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename == bad)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
for mode in ["q", "rw", "rbt"]:
    try:
        open(path, mode)
    except ValueError as e:
        print("ValueError:", e)
f = open(path, "w")
try:
    f.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
try:
    f.write("late")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, "w").write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    open(path, "wb").write("s")
except TypeError as e:
    print("TypeError:", e)
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
print(open(path).read().split("\n"), open(path, newline="").read().split("\n"))
