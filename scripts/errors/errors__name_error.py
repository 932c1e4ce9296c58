# Checks an uncaught NameError for a variable that was never defined.
greeting = "안녕하세요"
count = 3
for i in range(count):
    print(i, greeting)

scores = [70, 85, 90]
total = 0
for score in scores:
    total += score
print("sum of scores:", total)

message = greeting + "!"
print(message)
print("about to use an undefined name")
print(total_score)
print("never printed")
