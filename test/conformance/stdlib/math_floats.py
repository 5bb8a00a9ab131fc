# math's float functions over a grid of ordinary arguments (repr shows every bit)
import math


def t(f, *a):
    try:
        return f(*a)
    except (ValueError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'


print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
xs = [0.0, 0.1, 0.25, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 10.0, 123.456, 1e-8, 1e10]
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'fabs', 'degrees', 'radians', 'ulp']:
    f = getattr(math, name)
    print(name, [t(f, x) for x in xs], [t(f, -x) for x in xs[1:6]])
# cbrt: glibc's own approximation is often an ulp away from V8's (math_gaps)
print('cbrt', [math.cbrt(x) for x in (0.0, -0.0, 1.0, 8.0, 1000.0, 1e-300)])
for name in ['asin', 'acos', 'atanh']:
    f = getattr(math, name)
    print(name, [f(x) for x in (-0.9, -0.5, 0.0, 0.1, 0.5, 0.99)])
print('acosh', [math.acosh(x) for x in (1.0, 1.5, 2.0, 10.0, 1e10)])
for name in ['log', 'log2', 'log10']:
    f = getattr(math, name)
    print(name, [f(x) for x in (1e-300, 0.1, 0.5, 1.0, 2.0, 10.0, 1000.0, 1e300)])
print('log base', math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(10, 3.5), math.log(1000, 10))
for x, y in [(1.0, 2.0), (-1.5, 2.0), (3.0, -0.5), (0.0, -1.0), (-0.0, 1.0), (2.0, 0.5), (10.0, 3.0), (-7.5, 2.0), (7.5, -2.0)]:
    print(x, y, math.copysign(x, y), math.fmod(x, y), math.remainder(x, y), math.atan2(x, y), t(math.pow, abs(x), y),
          math.hypot(x, y))
print('remainder', [math.remainder(x, 2.0) for x in (1.0, 3.0, 5.0, -1.0, -3.0, 2.5, 0.5, -0.5)])
print('hypot', math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(1e200, 1e200), math.hypot(-2.5))
print('dist', math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, 3.5], (0, 0, 0)), math.dist((), ()), math.dist(iter([1]), [2]))
print('frexp', [math.frexp(x) for x in (0.0, 1.0, 0.5, -3.75, 1e300, 5e-324, 1e-310)])
print('ldexp', [math.ldexp(0.5, k) for k in (0, 1, -1, 1024, -1073, -1074, -1080)], math.ldexp(1.0, -10**30), math.ldexp(-3, 2))
print('modf', [math.modf(x) for x in (0.0, 1.5, -1.5, 1e300, -0.25, 3.0)])
print('isclose', math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(a=1, b=1.0))
print('pred', [(math.isfinite(x), math.isinf(x), math.isnan(x)) for x in (0.0, 1, -1e308, math.inf, -math.inf, math.nan)])
print('nextafter', math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0),
      math.nextafter(1.0, 2.0, steps=10), math.nextafter(1.0, 1.0 + 4e-16, steps=100), math.nextafter(1.0, 2.0, steps=0))
print('gamma', [math.gamma(x) for x in (0.5, 1.0, 1.5, 2.5, 5.0, 10.0, 23.0, 24.0, 30.5, 100.0, 170.5, -0.5, -1.5, -2.5, 1e-5, -1e-5, 1e-25)])
print('lgamma', [math.lgamma(x) for x in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0, 100.0, 1e10, 1e300, -0.5, -1.5, -2.5, 1e-25)])
print('erf', [math.erf(x) for x in (0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.0, 6.0, 1e-10)])
# erfc: glibc's (fdlibm's) is often an ulp from the correctly rounded value (math_gaps)
print('erfc', [math.erfc(x) for x in (0.0, 0.5, 1.0, 10.0, 26.0, 30.0)])
