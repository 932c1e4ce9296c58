# Checks an IndentationError when the body of an if statement is not indented.
score = 85
bonus = 5
print("checking score")

def total(base, extra):
    return base + extra

final = total(score, bonus)
print("final:", final)
if final > 80:
print("great")
print("done")
for i in range(2):
    print(i)
