# Checks the chained traceback when a StopIteration escapes a generator and becomes RuntimeError (PEP 479).
def first_words(sentences):
    for s in sentences:
        words = iter(s.split())
        yield next(words)

def shout(sentences):
    for w in first_words(sentences):
        yield w.upper() + "!"

print(list(first_words(["hello world", "코루틴 공부"])))
print(list(shout(["a b", "c d e"])))
for w in first_words(["a b", "", "c d"]):
    print("word:", w)
print("never printed")
