# Checks methods and attributes of int, bool and float: bit_length/bit_count, to_bytes/from_bytes, as_integer_ratio, hex/fromhex, real/imag, dunders.
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), True.bit_length())
print((255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, byteorder="little"), (5).to_bytes())
print((-2).to_bytes(2, "big", signed=True), (2 ** 70).to_bytes(10, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes([255, 254], "big", signed=True))
print(int.from_bytes(b"\xff" * 12, "big"), bool.from_bytes(b"\x00", "big"), int.from_bytes(b""))
for n in [0, 1, 255, -129, 2 ** 63, -(2 ** 63)]:
    length = (n.bit_length() + 8) // 8
    data = n.to_bytes(length, "little", signed=True)
    print(n, len(data), int.from_bytes(data, "little", signed=True) == n)
for call in [lambda: (300).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: (1).to_bytes(2, "middle"),
             lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes([1, 256], "big"),
             lambda: (1).to_bytes(1, "big", True), lambda: float.fromhex("0x1.8q"), lambda: float("nan").as_integer_ratio(),
             lambda: float("inf").as_integer_ratio(), lambda: (1).bit_length(2), lambda: float.fromhex("0x1p2000")]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print((10).as_integer_ratio(), True.as_integer_ratio(), (0.75).as_integer_ratio(), (-0.1).as_integer_ratio())
print((2.5).is_integer(), (-3.0).is_integer(), float("inf").is_integer(), (1e300).is_integer())
print((1.5).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), float("-inf").hex(), (1e308).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.8P-2"), float.fromhex(" ff "), float.fromhex("0x1p-1074"), float.fromhex("inf"))
print(all(float.fromhex(x.hex()) == x for x in [0.1, 1 / 3, 2.0 ** -1070, 1.7976931348623157e308, -123.456]))
print((7).real, (7).imag, (7).numerator, (7).denominator, True.real, (2.5).real, (2.5).imag)
print((7).conjugate(), (-2.5).conjugate(), type(True.conjugate()).__name__)
print(int.__add__(1, 2), (5).__radd__(1), (5).__rsub__(1), (5).__truediv__(2), (7).__floordiv__(-2), (7).__mod__(-2))
print((5).__mul__(2.0), (2.0).__mul__("x"), float.__sub__(1.5, 1), (5.0).__rtruediv__(1), (2).__pow__(10), (2).__pow__(10, 1000))
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(3), (6).__and__(3), (6).__lshift__(2))
print((-5).__abs__(), (5).__neg__(), (5).__invert__(), (0).__bool__(), (2.5).__bool__(), (-2.5).__abs__())
print((7).__divmod__(2), (7.5).__divmod__(2), (7).__rdivmod__(100), (2.7).__int__(), (-2.7).__trunc__(), (5).__float__())
print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (5).__index__(), True.__index__())
for call in [lambda: int.__add__(1.0, 2), lambda: int.bit_length(), lambda: float.hex(1), lambda: (1).__add__()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
