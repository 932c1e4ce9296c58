# An assignment expression inside a comprehension in a class body is a SyntaxError.
class C:
    v = [y := i for i in range(3)]
