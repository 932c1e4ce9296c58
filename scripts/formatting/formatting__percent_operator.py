# Checks printf-style % formatting: %s %r %d %i %f %e %x %o %c %% with width, flags and dicts.
print("%s is %d years old" % ("민수", 13))
print("%r and %s" % ("text", "text"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f %8.3f %-8.1f| %e" % (3.14159, 2.71828, 1.5, 12345.678))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c%c" % (116, 105, 107))
print("100%% done, %s" % "really")
print("%s" % [1, 2], "%s" % (None,), "%s" % {"k": 1})
print("%(name)s scored %(score)d points" % {"name": "지아", "score": 97})
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "truncate")
print("%i %d" % (7.9, -7.9))
print("%s %s" % (1.0, 0.1 + 0.2))
print("%g %g %g" % (0.0001, 123456789.0, 1.5))

single = "only %s" % "one"
print(single)
print("tuple as value: %s" % ((1, 2),))

rows = [("사과", 3, 1200.0), ("바나나", 12, 350.5)]
for fruit, count, price in rows:
    print("%-6s x%3d = %10.2f" % (fruit, count, count * price))

try:
    print("%d" % "not a number")
except TypeError as err:
    print("TypeError:", err)

try:
    print("%s %s" % ("one",))
except TypeError as err:
    print("TypeError:", err)

try:
    print("%s" % ("a", "b"))
except TypeError as err:
    print("TypeError:", err)
