# Checks an uncaught UnboundLocalError when a local is read before assignment.
counter = 0

def show():
    print("counter is", counter)

def increment_global():
    global counter
    counter = counter + 1

def increment():
    counter = counter + 1
    return counter

show()
increment_global()
show()
print("calling increment without a global statement")
increment()
print("never printed")
