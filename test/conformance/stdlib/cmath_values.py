# cmath: every function on a grid of finite values, printed with repr (last-bit agreement)
import cmath

vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-300, 1e-320, 1e300, 0.71, 1.2, 1e-8]
grid = []
for re in vals:
    for im in (0.0, -0.0, 0.3, -2.0, 1e-310, 1e308, 1.0):
        grid.append(complex(re, im))
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in grid:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name)
    for i in range(0, len(out), 4):
        print('  ' + ' | '.join(out[i:i + 4]))
for z in grid[::3]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, 1), (-1, -0.0), (0.0, 3), (1e308, 2), (3, -2.5)]:
    print(r, phi, cmath.rect(r, phi))
for x, b in [(10, 10), (8, 2), (1j, 2), (2 + 3j, 1j), (0, 2), (100, 1.5 + 2j)]:
    print(x, b, cmath.log(x, b))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.log(-1))
print(cmath.sqrt(2), cmath.sqrt(True), cmath.exp(10 ** 2))
