# Checks format spec alignment, width and fill: <, >, ^, = and custom fill characters.
word = "cat"
print(f"[{word:>10}]")
print(f"[{word:<10}]")
print(f"[{word:^10}]")
print(f"[{word:*^11}]")
print(f"[{word:->8}]")
print(f"[{word:.<8}]")
print(f"[{word:2}]")
print(f"[{42:>6}] [{42:<6}] [{42:^6}] [{42:06}]")
print(f"[{-42:=8}] [{-42:0=8}] [{42:+}] [{42: }]")
print(f"[{3.14159:10.3f}] [{3.14159:<10.2f}] [{-2.5:^9}]")
print(f"[{'한글':>6}] [{'한글':_<6}]")
print(f"[{True:>6}] [{None!s:>6}] [{[1, 2]!s:>8}]")

rows = [("apple", 1.5, 3), ("watermelon", 12.25, 1), ("fig", 0.4, 25)]
print(f"{'item':<12}{'price':>8}{'qty':>5}")
print("-" * 25)
for item, price, qty in rows:
    print(f"{item:<12}{price:>8.2f}{qty:>5}")
print("-" * 25)
total = sum([price * qty for _, price, qty in rows])
print(f"{'total':<12}{total:>8.2f}")

for width in [1, 4, 7]:
    print(f"|{'ab':^{width}}|")

fill = "#"
align = ">"
print(f"{'dyn':{fill}{align}9}")
print(f"{'x' * 3:>5}|{12345:>3}|")
