# Checks tuple unpacking, starred assignment, chained and augmented assignment.
a, b = 1, 2
a, b = b, a
print(a, b)

x = y = z = 7
print(x, y, z)

first, *rest = [10, 20, 30, 40]
print(first, rest)

*init, last = "hello"
print(init, last)

head, *middle, tail = range(6)
print(head, middle, tail)

(p, q), r = (1, 2), 3
print(p, q, r)

counter = 10
counter += 5
counter -= 3
counter *= 2
counter //= 5
counter **= 2
counter %= 7
print("counter", counter)

text = "ab"
text += "cd"
text *= 2
print(text)

items = [1, 2]
alias = items
items += [3]
print(alias, alias is items)

bits = 0b1100
bits |= 0b0011
bits &= 0b1010
bits ^= 0b1111
bits <<= 2
bits >>= 1
print("bits", bits)

# swap via list indices
data = [5, 6, 7]
data[0], data[2] = data[2], data[0]
print(data)
