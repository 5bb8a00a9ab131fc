# cmath: infinities and nans (C99 Annex G values), errors and argument handling
import cmath
import math

inf, nan = math.inf, math.nan
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]


def show(v):
    if isinstance(v, complex):
        return '(%r, %r)' % (v.real, v.imag)
    return repr(v)


for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
             'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'rect', 'polar', 'phase',
             'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    print(name)
    for a in parts:
        row = []
        for b in parts:
            try:
                row.append(show(f(a, b) if name == 'rect' else f(complex(a, b))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print('  ' + ' '.join(row))
print('--- errors')
for expr in ['cmath.exp(1000)', 'cmath.exp(complex(710, 1))', 'cmath.cosh(800)', 'cmath.sinh(complex(-800, 2))',
             'cmath.log(0)', 'cmath.log(0j)', 'cmath.atanh(1)', 'cmath.atanh(-1)', 'cmath.polar(1e308+1e308j)',
             'cmath.log(2, 1)', 'cmath.log(2, 0)', 'cmath.log(0, 2)', 'cmath.log10(0)', 'cmath.rect(1, inf)',
             'cmath.rect(inf, 2)', 'cmath.tan(complex(1, 1000))', 'cmath.tanh(complex(1000, 1))',
             'cmath.sqrt(1, 2)', 'cmath.sqrt(z=1)', 'cmath.sqrt()', 'cmath.log()', 'cmath.log(1, 2, 3)',
             'cmath.log(x=1)', 'cmath.rect(1)', 'cmath.sqrt("a")', 'cmath.isclose(1)', 'cmath.isclose(1, 2, 3)',
             'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.phase(1, 2)', 'cmath.rect(1, 1j)', 'cmath.log(1, "x")',
             'cmath.isnan(None)', 'cmath.acos(10**400)']:
    try:
        print(expr, '->', show(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print('--- isclose')
print(cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1 + 1e-8j))
print(cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(1j, 1.1j, rel_tol=0.1))
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), complex(1e308, 0)))
print(cmath.isclose(nan, nan), cmath.isclose(a=1, b=1.0))
print('--- conversions')


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 1.5


class CX(complex):
    pass


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(CX(-4)), cmath.phase(C()))
print(cmath.isclose(C(), 3 + 4j), cmath.rect(F(), I()))
try:
    cmath.sqrt(Bad())
except TypeError as e:
    print('TypeError', e)
print(cmath.exp(complex(-inf, 2.5)), cmath.exp(complex(inf, -2.5)), cmath.exp(complex(-inf, 0.5)))
print(cmath.cosh(complex(inf, 2.5)), cmath.sinh(complex(-inf, 0.5)), cmath.tanh(complex(-inf, 2.0)))
print(cmath.rect(-inf, 0.5), cmath.rect(-inf, -2.5), cmath.rect(inf, 2.5), cmath.rect(-0.0, 2), cmath.rect(2, -0.0))
