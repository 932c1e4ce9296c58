# An exception raised inside a generator that sum() is consuming (through a
# yield from chain) shows every frame, as with a for loop.
def readings(raw):
    for text in raw:
        yield int(text)


def all_readings(batches):
    for batch in batches:
        yield from readings(batch)


def total(batches):
    return sum(all_readings(batches))


print(total([["1", "2"], ["3"]]))
print(list(all_readings([["4"], ["5", "6"]])))
print(total([["7"], ["8", "아홉"], ["10"]]))
