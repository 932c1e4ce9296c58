# Checks an IndentationError for an unexpected indent.
def greet(name):
    return "hello " + name

def shout(name):
    return greet(name).upper()

names = ["world", "tikitaka"]
for name in names:
    print(greet(name))

print(shout("again"))
    print(greet("indented by mistake"))
print("unreachable")
for name in names:
    print(shout(name))
