# math's errors: argument counts, keywords, types, domain and range errors, with CPython 3.12's messages
import math

def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

one = ['sqrt', 'ceil', 'floor', 'trunc', 'fabs', 'exp', 'erf', 'erfc', 'gamma', 'lgamma', 'isfinite', 'isnan',
       'factorial', 'isqrt', 'degrees', 'frexp', 'modf', 'ulp', 'fsum', 'log2', 'log10', 'cbrt']
for name in one:
    f = getattr(math, name)
    t(name, f); t(name, f, 1, 2); t(name, f, 'a'); t(name, f, x=1); t(name, f, None)
two = ['copysign', 'fmod', 'ldexp', 'remainder', 'atan2', 'pow', 'gcd', 'lcm', 'comb', 'perm', 'log', 'hypot',
       'dist', 'nextafter', 'isclose', 'sumprod']
for name in two:
    f = getattr(math, name)
    t(name, f); t(name, f, 1); t(name, f, 1, 2, 3); t(name, f, 'a', 'b'); t(name, f, 1, 'b'); t(name, f, 1, 2, x=1)
t('prod', math.prod); t('prod', math.prod, [1], 2); t('prod', math.prod, x=1); t('prod', math.prod, [1], start=2, x=1)
t('prod', math.prod, 3); t('prod', math.prod, [1], 2, start=3)
t('isclose', math.isclose, 1, 2, rel_tol=-1); t('isclose', math.isclose, 1, 2, abs_tol=-0.1)
t('isclose', math.isclose, 1, 2, a=3); t('isclose', math.isclose, 1, b=2, c=3); t('isclose', math.isclose, 1, rel_tol=2)
t('isclose', math.isclose, 1, 2, rel_tol='x')
t('nextafter', math.nextafter, 1.0, 2.0, steps=-1); t('nextafter', math.nextafter, 1.0, 2.0, steps='a')
t('nextafter', math.nextafter, 1.0, 2.0, steps=1.0); t('nextafter', math.nextafter, 1, 2, 3, steps=1); t('nextafter', math.nextafter, x=1, y=2)

class BadFloat:
    def __float__(self): return 1

class BadIndex:
    def __index__(self): return 1.5

t('badfloat', math.sqrt, BadFloat()); t('badindex', math.factorial, BadIndex()); t('badindex', math.sqrt, BadIndex())
t('float-int', math.factorial, 5.0); t('float-int', math.gcd, 1.5); t('float-int', math.comb, 5, 2.0)
t('ldexp', math.ldexp, 1.0, 1.5); t('ldexp', math.ldexp, 1.0, 10**400); t('ldexp', math.ldexp, 1e308, 10)
t('ldexp', math.ldexp, 1.0, True); t('ldexp', math.ldexp, 1.0, -10**400)

domain = [('sqrt', -1.0), ('log', 0), ('log', -1), ('log', 0.0), ('log', -10**400), ('log2', -2), ('log10', 0.0),
          ('log1p', -1.0), ('acos', 2.0), ('asin', -1.5), ('atanh', 1.0), ('acosh', 0.5), ('gamma', 0.0), ('gamma', -0.0),
          ('gamma', -1.0), ('gamma', -2e10), ('gamma', -math.inf), ('lgamma', 0.0), ('lgamma', -3.0), ('cos', math.inf),
          ('sin', -math.inf), ('tan', math.inf), ('fmod', (1.0, 0.0)), ('fmod', (math.inf, 1.0)), ('remainder', (1.0, 0.0)),
          ('remainder', (math.inf, 2.0)), ('pow', (0.0, -1.0)), ('pow', (-2.0, 0.5)), ('factorial', -1), ('isqrt', -1),
          ('comb', (-1, 2)), ('comb', (5, -2)), ('perm', (-1, 2)), ('perm', (5, -2)), ('log', (10, 1)), ('log', (10, 0)),
          ('log', (0, 10)), ('exp', 1000.0), ('exp2', 1025.0), ('expm1', 710.0), ('cosh', 1000.0), ('sinh', -1000.0),
          ('gamma', 172.0), ('gamma', 1e-320), ('gamma', 500.0), ('lgamma', 1e306), ('pow', (10.0, 400.0)), ('pow', (-10.0, 401.0)),
          ('sqrt', 10**400), ('exp', 10**400), ('log1p', 10**400), ('factorial', 10**20), ('ldexp', (1.0, 2000))]
for name, a in domain:
    t(name, getattr(math, name), *(a if isinstance(a, tuple) else (a,)))

t('fsum', math.fsum, [1e308, 1e308]); t('fsum', math.fsum, [math.inf, -math.inf]); t('fsum', math.fsum, [1, 'a'])
t('fsum', math.fsum, [math.inf, -math.inf, 'a']); t('fsum', math.fsum, 5)
t('dist', math.dist, [1], [1, 2]); t('dist', math.dist, 1, [2]); t('dist', math.dist, (1, 'a'), (1, 2))
t('sumprod', math.sumprod, [1], [2, 3]); t('sumprod', math.sumprod, [1, 2], [3]); t('sumprod', math.sumprod, 1, [2])
t('sumprod', math.sumprod, ['a'], ['b']); t('prod', math.prod, [1, 'a', 2]); t('hypot', math.hypot, 1, 'x')
t('trunc', math.trunc, 'a'); t('trunc', math.trunc, [1]); t('ceil', math.ceil, math.inf); t('floor', math.floor, math.nan)
t('comb', math.comb, 10**20, 10**19)
