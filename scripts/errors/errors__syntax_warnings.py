# The compiler's SyntaxWarnings, printed before the program runs: 'is' with
# a literal, and the 'perhaps you missed a comma?' family.
x = 1
if x is 1 or x is 2:
    print("small")
def f(y):
    return y is not "a"
print(f(3), x is -1, x is (1, 2), x is None, x is ..., x is True)
grid = [[1, 2]
        [3, 4]] if False else None
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    "abc"["x"]
except TypeError as e:
    print(e)
try:
    [1, 2][1.5]
except TypeError as e:
    print(e)
print([1, 2][0], "ab"[1], (lambda: 1)(), {1}[0] if False else 0)
