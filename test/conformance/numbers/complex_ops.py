# complex: construction, repr, arithmetic, attributes, comparisons, errors.
z = complex(3, 4)
w = 1 - 2j
print(z, w, repr(z), abs(z), z.real, z.imag, z.conjugate(), type(z.real).__name__)
print(z + w, z - w, z * w, z / w, -z, +z, z ** 2, z ** 0.5, 2 ** z if False else '', (1 + 1j) ** 3)
print(complex(), complex(1), complex('1+2j'), complex('  3j '), complex('-1.5-0.5j'), complex('(2+3j)'), complex(1, 2.5))
print(1j, -1j, 0j, -0j, complex(-0.0, -0.0), complex(0, -0.0), 1j * 1j, 2 + 0j, complex(1e300, 1e300) * 10)
print(complex(float('inf'), float('nan')), complex(1, float('-inf')), repr(complex(0.1, 0.2)), 1e20j, 1e-20j)
print(z == 3 + 4j, z == complex(3.0, 4.0), (2 + 0j) == 2, 1j != 1, hash(2 + 0j) == hash(2))
print(format(z, ''), format(z, '.2f'), format(z, '>20'), f'{w:+.1e}', f'{1j:g}', '{:.1f}'.format(1.25 + 2.5j))
print(z.__add__(1), (1).__add__(z), z.__radd__(1), z.__rsub__(10), divmod if False else '')
for bad in [lambda: z < w, lambda: z // w, lambda: z % w, lambda: int(z), lambda: float(z), lambda: round(z)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
for bad in ['1+', 'j1', '1+2i', '', '1 + 2j']:
    try:
        complex(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    z / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    complex('1', 2)
except TypeError as e:
    print('TypeError:', e)
print(0j ** 0, 0j ** 2, pow(1j, 2), pow(2j, -1), (1 + 2j).__getnewargs__(), bool(0j), bool(0 + 1e-300j))
