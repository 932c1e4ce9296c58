# generator.throw() with its three signatures: (type), (type, value),
# (instance); what each raises inside, and the TypeErrors.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
x = g(); next(x)
for args in [(ValueError("inst"), "extra"), (ValueError,), (ValueError, "v"), (ValueError, ("a", "b")), (ValueError, None), (ValueError, ValueError("w")), (ValueError, KeyError("k")), (5,), (ValueError("i"), None), ("s",)]:
    try:
        x.throw(*args)
    except Exception as e:
        print("raised", type(e).__name__, e)
