# The order in which a set display of constants iterates: CPython builds
# such a display from a frozenset constant, which the compiler makes twice
# (the second time from the first one's order), so it can differ from
# adding the same items one by one.
fruits = {"apple", "banana", "cherry", "date"}
print(fruits)
added = set()
for f in ("apple", "banana", "cherry", "date"):
    added.add(f)
print(added, added == fruits)
print({"mango", "papaya", "quince", "raspberry", "tangerine", "watermelon"})
print({"사과", "바나나", "포도", "딸기", "수박"})
print({"alice", "carol", "heidi", "mallory", "peggy", "trent", "victor", "walter"})
print({1.5, 2.5, 3.5}, {10, 20, 30, 40, 50, 60, 70, 80, 90}, {(1, 2), (3, 4), (5, 6)})
