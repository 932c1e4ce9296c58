# Checks the format() builtin and __format__ on a user class.
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"))
print(format(1234567, ","), format(0.75, "%"), format(0.75, ".0%"))
print(repr(format("text")), repr(format(12)), repr(format(1.5)))
print(format("left", "<8") + "|", format("right", ">8") + "|", format("mid", "^9") + "|")
print(format(-5, "+"), format(5, "+"), format(5, " "), format(-5, " "))
print(format(10, "b"), format(10, "o"), format(10, "#b"), format(10, "08b"))
print(format(1e-5, "f"), format(1e-5, ".2e"), format(123456.0, "g"))
print(format(True), format(None), format([1, 2]))

class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __format__(self, spec):
        if spec == "F":
            return f"{self.degrees * 9 / 5 + 32:.1f}°F"
        if spec == "":
            return f"{self.degrees}°C"
        return format(self.degrees, spec) + "°C"

    def __str__(self):
        return f"Celsius({self.degrees})"

today = Celsius(21.5)
print(format(today), format(today, "F"), format(today, ".3f"))
print(f"today is {today}, or {today:F}, or {today:>8}")
print(str(today), "{}".format(today), "{:F}".format(today))

def table_row(cells, widths):
    return " | ".join([format(cell, f"<{w}") for cell, w in zip(cells, widths)])

widths = [6, 4, 8]
print(table_row(["이름", "나이", "도시"], widths))
print(table_row(["Kim", 30, "Seoul"], widths))
print(table_row(["Lee", 7, "Busan"], widths))

try:
    format("text", "d")
except ValueError as err:
    print("ValueError:", err)
