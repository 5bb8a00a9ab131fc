# The number types through Python's protocols: dunder methods called directly,
# mixed comparisons, hashing consistency in dicts and sets, truth, format().
print((3).__add__(4), (3).__radd__(4), (3).__add__(1.5), (1.5).__radd__(3), (3).__truediv__(2), (2).__rtruediv__(3))
print((3).__pow__(2, 5), (2.0).__pow__(3), (7).__divmod__(2), (7.5).__rdivmod__(20), (5).__rsub__(10))
print(int.__or__(5, 3), float.__mul__(2.0, 4.0), complex.__sub__(1j, 1), int.__neg__(5), float.__abs__(-2.5))
print(1 == 1.0 == (1 + 0j), 2 ** 53 + 1 == float(2 ** 53), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(float('nan') == float('nan'), 1 < float('inf'), 10 ** 1000 < float('inf'), (1 + 2j) != (1 + 3j), 0 == -0.0)
d = {1: 'int', 2.5: 'float', 3j: 'complex'}
d[1.0] = 'float one'
d[True] = 'true'
d[(3 + 0j) * 1j / 1j] = 'three'
print(d, len({0, 0.0, False, -0.0, 0j}), {1, 1.0, True} == {1}, hash(-1), hash(-1.0), hash(10 ** 20) == hash(float(10 ** 20)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(0.5) == hash(1 / 2), hash(1j) == hash(complex(0, 1)))
print(bool(0), bool(0.0), bool(-0.0), bool(0j), bool(1e-300), bool(float('nan')), bool(2 ** 100), bool(complex(0, -0.0)))
for spec in ['', 'd', '#x', ',', '_b', '+08.3f', '^12', '%', 'e', 'n', 'c']:
    print(repr(format(1234, spec)), end=' ')
print()
for spec in ['', '.2f', 'e', 'g', '%', '10.3', '<10', '+', ',', 'n', '#g', 'z.1f', '.0f', 'E', '010.2']:
    print(repr(format(-1234.5678, spec)), end=' ')
print()
for spec in ['', '.2f', '10', 'e', '^30', '+', 'g']:
    print(repr(format(1.5 - 2j, spec)), end=' ')
print()
print(f'{3.14159:.3}', f'{42:08b}', f'{True}', f'{2.5}', f'{1e16}', f'{-0.0}', f'{2 ** 70:,}', f'{1j}', f'{True:d}')
for bad in [lambda: format(1.5, 'd'), lambda: format(1, '.2'), lambda: format(1j, '0'), lambda: format(1, 's'),
            lambda: format(-1, 'c'), lambda: (1).__format__(1)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234, -2), round(-1250, -2), round(7.0, -1), round(1e300, -300))
print((12.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-6).as_integer_ratio(), (5).bit_count(), (-2 ** 70).bit_length())
print((1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'little', signed=True))
print(float.fromhex('0x1.8p1'), (3.0).hex(), (0.1).hex(), float('  -1_000.5e-2 '), float('-inf'), float('nAn'))
print(complex('1+2j'), complex(' (3-4.5j) '), complex('j'), complex(1, 2j), complex(real=1, imag=2), complex(imag=-0.0))
print(int(' 0b1010 ', 0), int('0o17', 0), int('0x_ff', 16), int('z', 36), int('١٢٣'), int(-3.99), int(1e20))
print(True + True, True * 3, True & False, True | False, True ^ True, -False, True / 2, True // 2, True ** 5)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(2 ** 100, 7), -7 // 2, -7 % 2, 7.5 % -2, -0.0 % 5)
print(pow(3, 4, 5), pow(2, -1), pow(3, -1, 7), pow(-8, 1 / 3), pow(0.0, 0), pow(2, 0.5), (-8) ** 2, 2 ** -2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 5e-324 / 2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 7 * 7, 1e16 + 1, 2 ** 0.5)
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0,
            lambda: divmod(1.0, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 1j / 0, lambda: 0j ** -1,
            lambda: 2.0 ** 10000, lambda: 10 ** 400 / 1, lambda: float(10 ** 400), lambda: int(float('inf')),
            lambda: int(float('nan')), lambda: 1 << -1, lambda: pow(2, 3, 0), lambda: pow(2, -1, 4),
            lambda: pow(2.0, 3, 4), lambda: (1e200 + 0j) ** 2, lambda: 1 @ 2, lambda: ~1.5, lambda: 1 < 1j]:
    try:
        print(bad())
    except (ArithmeticError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
