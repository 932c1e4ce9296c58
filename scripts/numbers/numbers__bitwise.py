# Checks bitwise operators on positive and negative integers.
a = 0b1100_1010
b = 0b1010_0110
print(a, b)
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~a, ~0, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 5)
print(-6 & 0xFF, -6 | 1, -6 ^ 3)
print(5 & -5, 12 & -12)

def count_bits(n):
    total = 0
    while n:
        total += n & 1
        n >>= 1
    return total

for n in [0, 1, 7, 255, 1023, 2 ** 40 - 1]:
    print(n, "has", count_bits(n), "bits set")

flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("read?", bool(flags & READ), "write?", bool(flags & WRITE))
flags &= ~READ
print("flags now", flags)
flags ^= WRITE
print("flags toggled", flags)

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0

print([n for n in range(1, 70) if is_power_of_two(n)])
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + True).__name__)
