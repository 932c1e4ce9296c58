# Checks implicit/explicit line continuation, semicolons, and various literal forms.
total = (1 +
         2 +
         3)
print(total)

numbers = [
    10,
    20,
    30,
]
print(numbers)

long_sum = 1 + 2 + \
    3 + 4
print(long_sum)

a = 1; b = 2; print(a + b)

print(0x1F, 0o17, 0b101, 1_000_000)
print(1.5e3, 2.5E-2, .5, 5.)
print('single', "double", '''triple
quoted''', """another""")
print("tab\there", "newline\\n literal", 'it\'s')
print(r"raw\nstring", len(r"\n"))
print("con" "cat" "enated")
print("\u00e9", "\uac00", "\x41")
print(True, False, None)
print((), (1,), [], {}, {1, 2, 3})

message = ("이것은 "
           "여러 줄 "
           "문자열입니다")
print(message)

if (total > 5 and
        long_sum > 5):
    print("both big")
