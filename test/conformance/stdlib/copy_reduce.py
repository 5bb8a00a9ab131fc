# object.__reduce_ex__ / __getstate__ and copyreg, which copy relies on: protocol 2+ tuples
# (__getnewargs__, __getnewargs_ex__, list and dict items), slots in the state, protocols 0/1.
import copyreg

class A:
    def __init__(self):
        self.x = [1]
a = A()
r = a.__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[1][0].__name__, r[2:])
print(A().__reduce_ex__(2)[2], object().__reduce_ex__(4)[2])
e = A.__new__(A)
print(e.__getstate__(), e.__reduce_ex__(3)[2])

class S:
    __slots__ = ('a', 'b', '__c')
s = S(); s.a = 1
print(s.__getstate__(), copyreg._slotnames(S), S.__slotnames__)
print(S().__getstate__())
class SD(S):
    __slots__ = ('d', '__dict__')
sd = SD(); sd.d = 4; sd.b = 2; sd.z = 9
print(sd.__getstate__(), copyreg._slotnames(SD))
class Single:
    __slots__ = 'only'
o = Single(); o.only = 'x'
print(o.__getstate__(), copyreg._slotnames(Single))

class L(list):
    pass
r = L([1, 2]).__reduce_ex__(4)
print(r[1][0].__name__, r[2], list(r[3]), r[4])
class D(dict):
    pass
dd = D(a=1); dd.attr = 5
r = dd.__reduce_ex__(2)
print(r[1][0].__name__, r[2], r[3], list(r[4]))
class T(tuple):
    pass
r = T((1, 2)).__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2])

class NA:
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.ab = (a, b)
        return self
    def __getnewargs__(self):
        return self.ab
r = NA(1, 2).__reduce_ex__(4)
print(r[0].__name__, r[1][1:], r[2])
class NK:
    def __new__(cls, *, k):
        self = super().__new__(cls)
        self.k = k
        return self
    def __getnewargs_ex__(self):
        return (), {'k': self.k}
r = NK(k=3).__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2])
print(copyreg.__newobj_ex__(NK, (), {'k': 7}).k, copyreg.__newobj__(NA, 5, 6).ab)

class Bad:
    def __getnewargs__(self):
        return [1]
class BadEx:
    def __getnewargs_ex__(self):
        return ((), {}, 1)
for obj in (Bad(), BadEx()):
    try:
        obj.__reduce_ex__(4)
    except Exception as exc:
        print(type(exc).__name__, exc)

r = a.__reduce_ex__(1)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2:])
print(len(A.__new__(A).__reduce_ex__(0)))
print(copyreg.dispatch_table[complex](3 + 4j))
try:
    copyreg.pickle(A, 5)
except TypeError as exc:
    print(exc)
copyreg.add_extension('m', 'n', 240)
copyreg.add_extension('m', 'n', 240)
for f in (lambda: copyreg.add_extension('m', 'o', 240), lambda: copyreg.add_extension('m', 'n', 241),
          lambda: copyreg.add_extension('m', 'p', 0), lambda: copyreg.remove_extension('m', 'n', 3)):
    try:
        f()
    except ValueError as exc:
        print(exc)
copyreg.remove_extension('m', 'n', 240)
print(copyreg._extension_registry)

# The built-in containers whose state is not in __getnewargs__: set, frozenset, bytearray.
class B(bytearray):
    pass
b = B(b'\xffa'); b.t = 1
print(bytearray().__reduce__(), bytearray(b'\xffa').__reduce__(), bytearray(b'a').__reduce_ex__(2))
print(bytearray().__reduce_ex__(3), bytearray(b'ab').__reduce_ex__(4)[1], b.__reduce_ex__(4)[1:])
class St(set):
    pass
st = St([1]); st.q = 2
print(st.__reduce__()[1:], st.__reduce_ex__(4)[1:], frozenset().__reduce__(), set('a').__reduce_ex__(2))
