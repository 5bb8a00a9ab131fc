# __repr__, __str__, __format__, and their defaults/fallbacks.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<>'
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        if spec == '':
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return f'{self.cents / 100:.2f} dollars'
b = Both()
print(b, repr(b), str(b), [b], f'{b}', f'{b!r}', f'{b!s}', '%s %r' % (b, b))
print(ReprOnly(), str(ReprOnly()), f'{ReprOnly()}', format(ReprOnly()))
m = Money(12345)
print(f'{m}', f'{m:short}', f'{m:>10.1f}', format(m, '.3f'), '{:short}'.format(m), '{0!s:>20}'.format(m))
try:
    format(ReprOnly(), 'x')
except TypeError as e:
    print('TypeError:', e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class SubStr(str):
    def __str__(self):
        return 'SubStr.__str__'
    def __repr__(self):
        return 'SubStr.__repr__'
s = SubStr('raw')
print(s, str(s), repr(s), s + '!', f'{s}', '%s' % s)
class IntLike(int):
    def __repr__(self):
        return 'IntLike(%d)' % int(self)
print(IntLike(5), repr(IntLike(5)), f'{IntLike(5):03d}', str(IntLike(5)), [IntLike(1)])
print(repr(Both), repr(int), repr(None), repr(...), repr(NotImplemented), str(type))
def default_repr_shape(o):
    r = repr(o)
    return r.startswith('<__main__.') and ' object at 0x' in r and r.endswith('>')
class Plain:
    pass
# One instance: two temporaries compare equal in CPython only when the second reuses the first's address.
p = Plain()
print(default_repr_shape(p), str(p) == repr(p) or 'addresses differ')
print(object.__format__(p, '') == str(p) or 'same shape')
