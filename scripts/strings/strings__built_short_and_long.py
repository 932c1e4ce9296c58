# Short and long strings built by str(), +, f-strings and repetition: lengths,
# indexing and hashing agree whether the text is stored inline or on the heap.
for i in [0, 7, -7, 10, -10, 2**63-1, -2**63, 123456789012345678, -99]:
    s = str(i)
    print(s, len(s), f"{i}", f"{i!s}", f"<{i}>", f"{i:5}", hash(s) == hash(repr(i)))
a = "가나다" + "라마"
print(a, len(a), a[3], a[-1], a.find("마"))
b = "x" * 11 + "가" * 11
print(b, len(b), b[11], b + b == b * 2)
c = f"{'한글'}{1}{'é'}"
print(c, len(c), c[2], c[3])
long = "abcdefghij" * 3
print(long, len(long), (long + "가")[-1], len(long + "가"))
d = {}
for k in ["k" + str(i) for i in range(30)]:
    d[k] = len(d)
print(d["k17"], "k17" in d, sorted(d)[:3])
print(str(True), f"{True}", f"{-0}", str(-0))
