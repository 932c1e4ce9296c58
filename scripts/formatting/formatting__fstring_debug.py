# Checks the f-string debug specifier {expr=} with spacing, conversions and format specs.
x = 10
name = "tikitaka"
ratio = 2 / 3
items = [1, 2, 3]
print(f"{x=}")
print(f"{name=}")
print(f"{ratio=}")
print(f"{ratio=:.3f}")
print(f"{x = }")
print(f"{x * 2 + 1=}")
print(f"{name=!s}")
print(f"{name.upper()=}")
print(f"{items=}, {len(items)=}")
print(f"{items[0]=} {items[-1] =}")
print(f"{x=:>5}|")
print(f"{name=!r}")
점수 = 95
print(f"{점수=}")
print(f"{점수 >= 90=}")

def area(w, h):
    return w * h

print(f"{area(3, 4)=}")
pairs = {"a": 1}
print(f"{pairs['a']=}")
print(f"{None=} {True=}")
print(f"{1 / 3=:.4}")
print(f"{x=}{x=}")
