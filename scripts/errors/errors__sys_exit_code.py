# Checks that sys.exit(3) ends the program with exit status 3 and no traceback.
import sys

def check(values):
    for value in values:
        if value < 0:
            print("negative value found:", value)
            sys.exit(3)
        print("ok:", value)

print("checking first batch")
check([1, 2, 3])
print("checking second batch")
try:
    check([4, 2, -1, 8])
finally:
    print("finally still runs on sys.exit")
print("never printed")
