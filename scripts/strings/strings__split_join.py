# Checks split, rsplit, splitlines, join and partition.
line = "apple,banana,,cherry"
print(line.split(","))
print(line.split(",", 1))
print(line.rsplit(",", 1))
print("  many   spaces here  ".split())
print("a b c".split(" "))
print("one\ntwo\n\nthree".splitlines())
print("".split(), "".split(","))

words = ["red", "green", "blue"]
print(", ".join(words))
print("-".join("abc"))
print("".join(reversed("stressed")))
print(" / ".join([str(n) for n in range(4)]))

print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))

csv = "name,age\n철수,14\n영희,15"
rows = [row.split(",") for row in csv.splitlines()]
header = rows[0]
for row in rows[1:]:
    record = dict(zip(header, row))
    print(record["name"], "is", int(record["age"]), "years old")

path = "/usr/local/bin/python"
parts = path.split("/")
print(parts, parts[-1])
print("/".join(parts[:-1]))

sentence = "The cat sat on the mat"
print(len(sentence.split()), sentence.lower().split().count("the"))
