# Errors in augmented assignments (x += ...): the messages, and where the
# traceback's markers point (at the name, at the subscript, or nowhere
# when the operation itself fails).
import traceback


def outer():
    count = 0

    def inner():
        count += 1

    inner()


class Box:
    pass


def cases():
    yield outer
    yield lambda: exec_global()
    yield lambda: subscript_missing()
    yield lambda: attribute_missing()
    yield lambda: str_plus_int()
    yield lambda: nested_subscript()
    yield lambda: bytes_plus_int()
    yield lambda: tuple_plus_int()
    yield lambda: list_times_str()


def exec_global():
    global never_set
    never_set += 1


def subscript_missing():
    items = [1]
    items[5] += 1


def attribute_missing():
    b = Box()
    b.n += 1


def str_plus_int():
    v = "점수: "
    v += 90


def nested_subscript():
    d = {"k": [1]}
    d["k"][0] += "x"


def bytes_plus_int():
    data = b"a"
    data += 1


def tuple_plus_int():
    t = (1,)
    t += 1


def list_times_str():
    row = [0]
    row *= "3"


for case in cases():
    try:
        case()
    except Exception:
        traceback.print_exc()
print("done")
