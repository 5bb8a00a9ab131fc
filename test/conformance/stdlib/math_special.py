# math at the special values: signed zeros, infinities, nans, subnormals, the edges of the range
import math

inf, nan = math.inf, math.nan
specials = [0.0, -0.0, inf, -inf, nan, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308]

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__

for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'ceil', 'floor', 'trunc', 'erf', 'erfc',
             'gamma', 'lgamma', 'degrees', 'radians', 'ulp', 'frexp', 'modf', 'isfinite', 'isinf', 'isnan']:
    f = getattr(math, name)
    print(name, [t(f, x) for x in specials])
pairs = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (inf, 1.0), (-inf, 1.0), (1.0, inf), (1.0, -inf), (inf, inf),
         (-inf, -inf), (nan, 1.0), (1.0, nan), (nan, nan), (2.0, 0.0), (-2.0, -0.0), (inf, 0.0), (0.0, inf), (-1.0, inf),
         (1.0, 3.0), (-0.0, 3.0), (-0.0, -3.0), (0.0, -2.0), (-inf, 3.0), (-inf, -3.0), (-inf, 2.0), (1.0, 5e-324)]
for name in ['copysign', 'fmod', 'remainder', 'atan2', 'pow', 'hypot', 'nextafter', 'isclose']:
    f = getattr(math, name)
    print(name, [t(f, x, y) for x, y in pairs])
print('cbrt', [t(math.cbrt, x) for x in specials if abs(x) != 5e-324])  # glibc's cbrt of the smallest subnormal: math_gaps
print('exp2', [t(math.exp2, x) for x in (1023.9, 1024.0, -1074.0, -1075.0, -1076.0, -1e300, 1e300)])
print('log big', t(math.log, 2**1024), t(math.log, 2**1024 - 1), t(math.log2, 2**-1074), t(math.log10, 5e-324))
print('ldexp', [t(math.ldexp, x, 5) for x in specials], t(math.ldexp, 5e-324, -1), t(math.ldexp, 1.5, -1074), t(math.ldexp, 0.75, -1074))
print('nextafter steps', t(math.nextafter, 0.0, inf, 2**64), t(math.nextafter, -5e-324, 1.0, 1), t(math.nextafter, 5e-324, -1.0, 2),
      t(math.nextafter, inf, 0.0, 1), t(math.nextafter, nan, 1.0, 3), t(math.nextafter, 1.0, nan, 0), t(math.nextafter, 1.0, 1.0, 5))
print('ulp', t(math.ulp, 1.0), t(math.ulp, 2**52), t(math.ulp, 1e308), t(math.ulp, -1e-310))
print('isclose', t(math.isclose, inf, inf), t(math.isclose, -inf, inf), t(math.isclose, nan, nan), t(math.isclose, 1.0, inf, rel_tol=inf))
print('gamma near poles', [t(math.gamma, x) for x in (-1e-300, 1e-300, -0.9999999999999999, -171.5, -180.5, -200.5, -1e10 - 0.5, 171.6, 171.7)])
print('lgamma near poles', [t(math.lgamma, x) for x in (-1e-300, -0.9999999999999999, -171.5, -1e10 - 0.5, 2.5e305, 1e307)])
print('hypot', t(math.hypot, inf, nan), t(math.hypot, nan, -inf), t(math.hypot, nan, 1.0), t(math.hypot, 1e308, 1e308), t(math.hypot, 5e-324, 5e-324))
print('dist', t(math.dist, (inf, 0), (0, nan)), t(math.dist, (nan, 0), (0, 0)), t(math.dist, (1e308, 0), (-1e308, 0)))
print('erf tiny', [math.erf(x) for x in (5e-324, -5e-324, 1e-310, -2.5e-312, 3e-200, -7.5e-16, 2**-28 * 0.99, 1e-20, -1.9039576889226334e-61)])
