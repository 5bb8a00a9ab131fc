# cmath: a deterministic sweep of arguments (small, near 1, large, tiny) through every function
import cmath

zs = []
for i in range(45):
    re = ((i * 0.37) % 7 - 3.5) * 10.0 ** ((i % 9) - 4)
    im = ((i * 0.91) % 9 - 4.5) * 10.0 ** ((i % 5) - 2)
    zs.append(complex(re, im))
zs += [complex(1e-200, 1e-200), complex(3e307, -4e307), complex(1e-5, 1 - 1e-9), complex(0.9, 0.44),
       complex(1, 1e-170), complex(-1, -1e-170), complex(700, 0.1), complex(-720, 2), complex(0.6, 0.8)]
for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
             'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'polar', 'phase']:
    f = getattr(cmath, name)
    print(name)
    for z in zs:
        try:
            print('  ', z, f(z))
        except (ValueError, OverflowError) as e:
            print('  ', z, type(e).__name__, e)
for z in zs[:20]:
    r, phi = cmath.polar(z)
    print(cmath.rect(r, phi), cmath.isclose(cmath.rect(r, phi), z), cmath.log(z, 3 + 1j))
