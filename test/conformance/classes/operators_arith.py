# Binary operator dunders, reflected operands, NotImplemented, and subclass priority.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V' + repr(self.c)
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None): return self._zip(o, lambda a, b: pow(a, b, mod))
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __radd__(self, o):
        print('  __radd__ with', o)
        return self + o
    def __rsub__(self, o): return V(*[o - a for a in self.c])
    def __rmul__(self, o): return self * o
    def __rtruediv__(self, o): return V(*[o / a for a in self.c])
    def __rpow__(self, o): return V(*[o ** a for a in self.c])
    def __rdivmod__(self, o): return 'rdivmod', o
    def __rmatmul__(self, o): return 'rmatmul'
    def __rlshift__(self, o): return 'rlshift'

a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a - b, a * b, b / a, b // a, b % a)
print(a ** 2, pow(a, 3, 5), a << 2, b >> 1, a & b, a | b, a ^ b, a @ b)
print(divmod(b, a))
print(10 + a, 10 - a, 2 * a, 12 / a, 2 ** a, divmod(7, a), [1] @ a, 1 << a)
print(sum([a, b]))
try:
    a + 'str'
except TypeError as e:
    print('TypeError:', e)
try:
    'str' - a
except TypeError as e:
    print('TypeError:', e)

class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__ (subclass first)'
print(Base() + Derived())
print(Derived() + Base())
class Refuses:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Refuses() + Refuses()
except TypeError as e:
    print('TypeError:', e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
