# io.StringIO / io.BytesIO, and sending print elsewhere: print(file=...),
# sys.stdout replaced, contextlib.redirect_stdout / redirect_stderr.
import io, contextlib
s = io.StringIO()
print("hello", 1, file=s)
s.write("두번째 줄\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(0)
print([line for line in s])
with contextlib.redirect_stdout(io.StringIO()) as out:
    print("captured")
print("got:", repr(out.getvalue()))
t = io.StringIO("a\nb\nc")
print(t.readlines())
try:
    t.write(5)
except TypeError as e:
    print(e)
t.close()
try:
    t.getvalue()
except ValueError as e:
    print(e)
b = io.BytesIO(b"xy")
b.seek(0, 2); b.write(b"z")
print(b.getvalue(), type(s).__name__, type(b).__name__)
with io.StringIO() as f:
    f.write("q")
print(f.closed)
import sys
old = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
v = sys.stdout.getvalue()
sys.stdout = old
print('got', repr(v))
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
