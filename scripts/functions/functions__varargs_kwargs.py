# Checks *args and **kwargs collection, forwarding, and mixing with regular parameters.
def total(*numbers):
    print("got", numbers, type(numbers).__name__)
    return sum(numbers)

print(total())
print(total(1, 2, 3))
print(total(*range(5)))

def show_options(**options):
    for key in options:
        print(" ", key, "=", options[key])
    return len(options)

print(show_options(color="blue", size=3))
print(show_options())

def everything(first, second=2, *rest, flag=False, **extra):
    return f"first={first} second={second} rest={rest} flag={flag} extra={extra}"

print(everything(1))
print(everything(1, 20, 30, 40))
print(everything(1, flag=True, mode="fast"))
print(everything(*[5, 6, 7], **{"flag": "yes", "z": 0}))

def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, "with", args, kwargs)
        return func(*args, **kwargs)
    return wrapper

def area(width, height=1):
    return width * height

logged_area = logged(area)
print(logged_area(3, height=4))
print(logged_area(7))

def first_and_rest(head, *tail):
    return head, list(tail)

print(first_and_rest("a", "b", "c"))

try:
    everything(1, 2, first=3)
except TypeError as err:
    print("TypeError:", err)
