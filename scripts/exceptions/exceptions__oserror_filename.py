# OSError(errno, strerror, filename) picks its subclass, keeps (errno, strerror) as args and shows the file name.
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
print(OSError("plain"), OSError(1, "x").filename)
