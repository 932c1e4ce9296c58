# Checks nonlocal rebinding in nested functions, counters and accumulators.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

counter_a = make_counter()
counter_b = make_counter()
print(counter_a(), counter_a(), counter_a())
print(counter_b())

def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "잔액 부족"
        balance -= amount
        return balance
    return deposit, withdraw

deposit, withdraw = make_account(100)
print(deposit(50), withdraw(30), withdraw(500), deposit(0))

def outer():
    level = "outer"
    def middle():
        level = "middle"
        def inner():
            nonlocal level
            level = "changed by inner"
        inner()
        return level
    result = middle()
    return level, result

print(outer())

def running_average():
    total = 0
    count = 0
    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count
    return add

avg = running_average()
for v in [10, 20, 60]:
    print("average now", avg(v))
