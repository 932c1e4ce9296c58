# Checks a word-counting coroutine fed line by line, returning sorted counts when closed with a sentinel.
def word_counter():
    counts = {}
    lines = 0
    while True:
        line = yield lines
        if line is None:
            return counts
        lines += 1
        for word in line.lower().split():
            word = word.strip(".,!?")
            if word:
                counts[word] = counts.get(word, 0) + 1

text = [
    "The quick brown fox.",
    "The lazy dog! The end?",
    "",
    "fox, FOX, fox.",
]
wc = word_counter()
next(wc)
for t in text:
    print(f"after {wc.send(t)} line(s)")
try:
    wc.send(None)
except StopIteration as e:
    result = e.value
for word, n in sorted(result.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>6}: {n}")

def 단어세기(찾을말):
    횟수 = 0
    try:
        while True:
            문장 = (yield 횟수)
            횟수 += 문장.split().count(찾을말)
    except GeneratorExit:
        print(f"'{찾을말}' 총 {횟수}회")
        raise

c = 단어세기("코루틴")
next(c)
for 문장 in ["코루틴 은 코루틴 이다", "제너레이터 와 코루틴", "아무것도 없음"]:
    print(c.send(문장), end=" ")
print()
c.close()

def char_stats():
    total = letters = 0
    ratio = 0.0
    while True:
        chunk = yield ratio
        total += len(chunk)
        letters += sum(1 for ch in chunk if ch.isalpha())
        ratio = round(letters / total, 3) if total else 0.0
cs = char_stats()
next(cs)
print([cs.send(s) for s in ["ab12", "한글!!", "", "xyz"]])
