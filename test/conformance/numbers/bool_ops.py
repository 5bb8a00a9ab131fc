# bool: a subclass of int; and/or/not return values; truthiness of built-in values.
print(True, False, repr(True), str(False), int(True), float(False), True + 1, True * 3.5)
print(isinstance(True, int), issubclass(bool, int), type(True), bool.__bases__)
print(True & False, True | False, True ^ True, ~True, -True, True << 3, True / 2, True // 2)
print(type(True & False).__name__, type(True + False).__name__, type(~True).__name__)
print(0 or 'default', 'x' or 'y', 0 and 'never', 5 and 'last', None or [] or {} or 'final', not 0, not 'x')
values = [0, 1, -1, 0.0, -0.0, 1e-300, '', ' ', 'False', [], [0], (), (None,), {}, {0: 0}, set(), None,
          0j, 1j, b'', b'\x00', range(0), range(1), float('nan'), Ellipsis, NotImplemented if False else 1]
print([bool(v) for v in values])
print(bool(), bool(None), bool(bool), bool(type), bool(lambda: 0))
print(True == 1, False == 0, True is True, True == 1.0, hash(True), {True: 'a', 1: 'b'})
print(sum([True, True, False, True]), max(False, True), sorted([True, False, 2, -1]))
print(format(True), format(True, 'd'), f'{True:>6}', f'{False!r}', '%d %s %r' % (True, True, False))
print(True.real, True.imag, True.numerator, True.bit_length(), True.conjugate(), (True).as_integer_ratio())
print(bool('0'), bool(0.0), bool('0.0'), all([]), any([]), all([1, 0]), any([0, '', 3]))
print(True if [] else False, [] == False, not [], (1 == 1) == True)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    class B(bool): pass
except TypeError as e:
    print('TypeError:', e)
x = 5
print(1 < x < 10 and x % 2 == 1, (x > 3) + (x > 4) + (x > 5))
