# Checks sys.argv, sys.version_info and hash() consistency for ints, strings and tuples.
import sys

script_name = sys.argv[0].replace("\\", "/").split("/")[-1]
print("script:", script_name)
print("extra args:", sys.argv[1:])
print("version:", sys.version_info[:2], sys.version_info[0] == 3)
print(sys.version_info >= (3, 8), sys.version_info.major)

print(hash(42) == hash(42), hash("tikitaka") == hash("tiki" + "taka"))
print(hash(1) == hash(1.0), hash(True) == hash(1))
print(hash((1, "a")) == hash((1, "a")))
print(hash(0), hash(7), hash(-3))

try:
    hash([1, 2])
except TypeError as err:
    print("TypeError:", err)

try:
    hash({"a": 1})
except TypeError as err:
    print("TypeError:", err)

seen = {}
for word in ["사과", "배", "사과", "귤", "배", "사과"]:
    seen[word] = seen.get(word, 0) + 1
print(seen)

print(isinstance(sys.argv, list), len(sys.argv))

def report(argv):
    if len(argv) > 1:
        return "arguments given"
    return "no arguments"

print(report(sys.argv))
print(sys.version_info[:2] == (3, 11))
