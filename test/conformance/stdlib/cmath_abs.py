# abs(complex), cmath.polar and complex ** use C's hypot (glibc's, not correctly
# rounded): last-bit agreement on a sweep of moduli
import cmath

vals = []
for i in range(60):
    re = ((i * 0.731) % 5 - 2.5) * 10.0 ** ((i % 7) - 3)
    im = ((i * 1.377) % 7 - 3.5) * 10.0 ** ((i % 4) - 1)
    vals.append(complex(re, im))
vals += [complex(1.2, -2), complex(0.5, 0.3), complex(3e200, 4e200), complex(3e-200, 4e-200),
         complex(1e308, 1e308 / 3), complex(5e-324, 1e-320), complex(1, 1e-20)]
for z in vals:
    try:
        power = repr(z ** 3.5)
    except OverflowError as e:
        power = 'OverflowError: %s' % e
    print(repr(abs(z)), cmath.polar(z)[0] == abs(z), repr(z ** 0.5), power)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError', e)
