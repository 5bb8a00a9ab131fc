# In-place operators (__iadd__ and friends, with fallback to binary), unary operators, conversions.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Acc({self.v})'
    def __iadd__(self, o):
        print('  __iadd__')
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = [self.v, o]; return self
    def __add__(self, o):
        print('  __add__')
        return Acc(self.v + o)

a = Acc(10)
ref = a
a += 5; print(a, a is ref)
a -= 3; print(a)
a *= 4; print(a)
a //= 5; print(a)
a %= 7; print(a)
a **= 3; print(a)
a <<= 2; print(a)
a >>= 1; print(a)
a &= 0xff; print(a)
a |= 0x100; print(a)
a ^= 0x1; print(a)
a /= 2; print(a)
a @= 'x'; print(a)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)

class Num:
    def __init__(self, v): self.v = v
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~self.v)
    def __abs__(self): return Num(abs(self.v) * 100)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return f'round({self.v}, {n})'
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
n = Num(-7)
print((-n).v, (+n).v, (~n).v, abs(n).v)
print(int(n), float(n), complex(n), round(n), round(n, 2))
print([10, 20, 30, 40, 50, 60, 70, 80][Num(3)], hex(Num(255)), bin(Num(5)), oct(Num(8)))
print(range(10)[Num(2)], 'abc' * Num(2), operator_index := Num(4).__index__())
try:
    -object()
except TypeError as e:
    print('TypeError:', e)
try:
    ~1.5
except TypeError as e:
    print('TypeError:', e)
try:
    [1][float('1.5')]
except TypeError as e:
    print('TypeError:', e)
