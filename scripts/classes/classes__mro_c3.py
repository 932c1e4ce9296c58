# Checks C3 method resolution order with diamond and multi-level multiple inheritance.
class Base:
    def who(self):
        return "Base"

class Left(Base):
    def who(self):
        return "Left"

class Right(Base):
    def who(self):
        return "Right"

    def only_right(self):
        return "only in Right"

class Child(Left, Right):
    pass

def names(cls):
    return [c.__name__ for c in cls.__mro__]

print(names(Child))
print(Child().who(), Child().only_right())

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

print(names(Z))
print(names(K1), names(K3))

try:
    class Broken(Base, Left):
        pass
except TypeError as err:
    print("TypeError:", " ".join(str(err).split()))

class X(Right, Left):
    pass

print(names(X), X().who())
print(Child.mro() == list(Child.__mro__))
