# Checks an uncaught TypeError for an unsupported operand between int and str.
def total_price(price, quantity):
    return price * quantity

apples = total_price(1200, 3)
print("apples:", apples)
pears = total_price(800, 2)
print("pears:", pears)
print("together:", apples + pears)

label = "count: "
number = 5
print(label + str(number))
print(label * 2)
print("adding a number and a string")
result = number + label
print("never printed", result)
