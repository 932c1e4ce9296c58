# Checks find, rfind, index, count, replace and the in operator.
text = "banana bandana"
print(text.find("an"), text.rfind("an"), text.find("xyz"))
print(text.find("an", 3), text.find("an", 3, 5))
print(text.index("band"), text.count("an"), text.count("a"))
print(text.count(""), "".count("a"))
print(text.replace("an", "AN"))
print(text.replace("an", "", 2))
print(text.replace("", "-")[:12])
print("na" in text, "nab" in text, "" in text)

try:
    text.index("zzz")
except ValueError as err:
    print("ValueError:", err)

def find_all(haystack, needle):
    positions = []
    start = haystack.find(needle)
    while start != -1:
        positions.append(start)
        start = haystack.find(needle, start + 1)
    return positions

print(find_all(text, "a"))
print(find_all("aaaa", "aa"))

template = "Dear NAME, your order NUM is ready. Thanks, NAME!"
filled = template.replace("NAME", "민준").replace("NUM", "#42")
print(filled)

korean = "가나다라 가나다"
print(korean.find("다"), korean.rfind("다"), korean.count("가나"))
