# Checks int() parsing with bases, and bin/oct/hex conversions.
print(int("42"), int("-17"), int("  7  "), int("+3"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2))
print(int("z", 36), int("10", 36))
print(int("1_000"), int(True), int(False))
print(bin(10), oct(64), hex(255))
print(bin(-5), hex(-255), oct(0))
print(hex(2 ** 40))
print(int(bin(12345), 2), int(hex(54321), 16))

digits = "0123456789abcdef"

def to_base(n, base):
    if n == 0:
        return "0"
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return out

for base in [2, 3, 8, 16]:
    text = to_base(2024, base)
    print(base, text, int(text, base))

for bad in ["12a", "", "1.5", "0x10"]:
    try:
        int(bad)
    except ValueError as err:
        print("ValueError:", err)

print(int(3.99), int(-3.99), int("0"))
print(str(255), str(-0), repr(10))
