# The builtins module is the namespace the builtin names come from:
# replacing a name there changes what every module sees.
import builtins
print(builtins.print is print, builtins.len([1, 2]), builtins.__name__)
print([n for n in dir(builtins) if n in ("print", "len", "frame", "function", "sum", "ValueError")])
original = builtins.print
def loud(*args, **kwargs):
    original(*[str(a).upper() for a in args], **kwargs)
builtins.print = loud
print("shouted")
builtins.print = original
print("quiet again")
try:
    builtins.nonexistent
except AttributeError as e:
    print(e)
