# C3 method resolution order, and the TypeError for an inconsistent hierarchy.
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
for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(Z.mro() == list(Z.__mro__), Z.__bases__ == (K1, K2, K3))

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Order(O, A): pass
except TypeError as e:
    print('TypeError:', e)

class Base:
    def who(self):
        return 'Base'
class Left(Base):
    def who(self):
        return 'Left>' + super().who()
class Right(Base):
    def who(self):
        return 'Right>' + super().who()
class Diamond(Left, Right):
    def who(self):
        return 'Diamond>' + super().who()
print(Diamond().who())
print([c.__name__ for c in Diamond.__mro__])
print(object.__mro__, type.__mro__)
print([c.__name__ for c in bool.__mro__])
try:
    class FromBool(bool): pass
except TypeError as e:
    print('TypeError:', e)
print(issubclass(Diamond, Base), isinstance(Diamond(), (int, Right)))
