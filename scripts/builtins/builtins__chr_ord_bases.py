# Checks chr(), ord(), hex(), oct(), bin() and int() with bases together.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"))
print(chr(65), chr(97), chr(48), repr(chr(10)))
print(ord("한"), chr(54620), ord("€"), chr(8364))
alphabet = "".join([chr(ord("a") + i) for i in range(26)])
print(alphabet)
print([ord(c) - ord("0") for c in "2024"])

for n in [0, 1, 10, 255, 256, 4096, -42]:
    print(n, bin(n), oct(n), hex(n))

print(int("0b1011", 0), int("0o17", 0), int("0x1f", 0), int("42", 0))
print(int("11111111", 2), int("377", 8), int("FF", 16), int("Zz", 36))
print(hex(ord("가")), int(hex(ord("가")), 16) == ord("가"))

def to_binary_string(n, width):
    text = bin(n)[2:]
    return "0" * (width - len(text)) + text

for n in [5, 12, 255]:
    print(n, to_binary_string(n, 8))

def rot13(text):
    result = ""
    for ch in text:
        if "a" <= ch <= "z":
            result += chr((ord(ch) - 97 + 13) % 26 + 97)
        else:
            result += ch
    return result

print(rot13("hello tikitaka"), rot13(rot13("round trip")))

try:
    ord("ab")
except TypeError as err:
    print("TypeError:", err)
