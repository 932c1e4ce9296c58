# Checks that any/all stop consuming a generator early, while sum/max/min/list consume all of it.
def values(items, tag):
    for v in items:
        print(f"  {tag} yields {v!r}")
        yield v

print("any:", any(values([0, "", 5, 7], "any")))
print("all:", all(values([1, True, 0, 9], "all")))
print("any empty:", any(values([], "e")), "all empty:", all(values([], "e")))

g = values([1, 2, 3, 4, 5], "shared")
print("any(x > 2):", any(x > 2 for x in g))
print("left in g:", list(g))

print("sum:", sum(values([1.5, 2.5, 3], "sum")))
print("sum start:", sum(values([1, 2], "s2"), 100))
print("min:", min(values([4, 2, 8], "min")))

def checked(n):
    for i in range(n):
        if i == 3:
            raise ValueError("reached 3")
        yield i
print("all stops before the error:", all(i < 2 for i in checked(10)))
try:
    print(sum(checked(10)))
except ValueError as e:
    print("sum hits the error:", e)

점수 = {"철수": 80, "영희": 95, "민수": 60}
def 검사(이름):
    print("  검사", 이름)
    return 점수[이름] >= 70
print(all(검사(n) for n in ["철수", "민수", "영희"]))
print(any(검사(n) for n in ["민수", "영희", "철수"]))

found = next((x for x in values("abcdef", "next") if x > "b"), None)
print("first > b:", found)
print("in:", 3 in values([1, 2, 3, 4], "in"))
