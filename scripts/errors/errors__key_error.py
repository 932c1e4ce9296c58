# Checks an uncaught KeyError when looking up a missing dict key inside a function.
stock = {"apple": 5, "pear": 2}

def take(name):
    remaining = stock[name] - 1
    stock[name] = remaining
    return remaining

print("apples left:", take("apple"))
print("pears left:", take("pear"))
print("stock:", stock)
print("grape in stock?", "grape" in stock)
print("grape with get:", stock.get("grape", 0))
print("taking a grape")
print("grapes left:", take("grape"))
print("never printed")
