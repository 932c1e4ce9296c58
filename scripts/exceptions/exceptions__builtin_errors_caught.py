# Checks the type and message of common built-in errors when caught.
def attempt(label, action):
    try:
        action()
        print(label, "-> no error")
    except Exception as err:
        print(label, "->", type(err).__name__ + ":", err)

not_a_function = 5

attempt("divide", lambda: 1 / 0)
attempt("floor divide", lambda: 5 // 0)
attempt("modulo", lambda: 5 % 0)
attempt("float divide", lambda: 1.0 / 0)
attempt("index", lambda: [1, 2, 3][3])
attempt("tuple index", lambda: (1,)[2])
attempt("key", lambda: {"a": 1}["b"])
attempt("int key", lambda: {}[42])
attempt("name", lambda: undefined_name)
attempt("add", lambda: 1 + "1")
attempt("add2", lambda: [1] + (2,))
attempt("mul", lambda: "a" * "b")
attempt("attr", lambda: (5).nothing)
attempt("str attr", lambda: "x".push)
attempt("none attr", lambda: None.value)
attempt("call", lambda: not_a_function())
attempt("int parse", lambda: int("3.5"))
attempt("float parse", lambda: float("abc"))
attempt("unpack many", lambda: [a for a, b in [(1, 2, 3)]])
attempt("unpack few", lambda: [a for a, b, c in [(1, 2)]])
attempt("not iterable", lambda: list(5))
attempt("len", lambda: len(10))
attempt("compare", lambda: 1 < "2")
attempt("unhashable", lambda: {[1]: 2})
attempt("chr", lambda: chr(-1))
attempt("fine", lambda: 1 + 1)
