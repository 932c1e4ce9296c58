# `lst.append(x)` as a statement with both names local: the interpreter
# appends at once when `lst` is a list, and runs the call as written for
# anything else, with the same results and errors.
from collections import deque


class Journal:
    def __init__(self):
        self.lines = []

    def append(self, line):
        self.lines.append("* " + str(line))
        return "ignored"


def fill(target, values):
    for v in values:
        target.append(v)
    return target


print(fill([], range(4)))
print(fill(Journal(), ["가", "나"]).lines)
print(fill(deque([0]), (1.5, None)))


def self_append():
    box = []
    item = box
    box.append(item)
    return box[0] is box, len(box)


print(self_append())


def grow_while_iterating():
    seen = []
    queue = [1]
    for n in queue:
        seen.append(n)
        if n < 5:
            nxt = n * 2
            queue.append(nxt)
    return seen, queue


print(grow_while_iterating())


def sink(results):
    while True:
        item = yield
        results.append(item)


out = []
s = sink(out)
next(s)
for word in ("티키", "타카"):
    s.send(word)
print(out)


def wrong_receiver(value):
    x = 1
    value.append(x)


for receiver in ("text", (1,), 3, None):
    try:
        wrong_receiver(receiver)
    except AttributeError as e:
        print("AttributeError:", e)


def unbound_item(flag):
    lst = []
    if flag:
        x = 1
    lst.append(x)
    return lst


print(unbound_item(True))
try:
    unbound_item(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_list(flag):
    if flag:
        lst = []
    x = 2
    lst.append(x)
    return lst


print(unbound_list(True))
try:
    unbound_list(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def appended_in_sort():
    lst = [3, 1, 2]

    def key(v):
        extra = v
        lst.append(extra)
        return v

    lst.sort(key=key)
    return lst


try:
    print(appended_in_sort())
except ValueError as e:
    print("ValueError:", e)


def last_one():
    lst = []
    value = "끝"
    lst.append(value)
    value = lst
    value.append(lst)
    print(len(lst), lst[1] is lst)
    lst = "no longer a list"
    lst.append(value)


last_one()
