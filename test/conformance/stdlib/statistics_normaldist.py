import statistics as st
from fractions import Fraction as F
inf, nan = float('inf'), float('nan')
def show(name, fn, *a, **k):
    try: r = fn(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(name, repr(r))
N = st.NormalDist
a, b = N(100, 15), N(3, 2.5)
print(a, repr(b), N(), N(1), N(F(1, 2), 2))
show('neg-sigma', N, 0, -1)
for x in [80, 100, 131.5, -1e3, 1e3]:
    print(x, a.pdf(x), a.cdf(x), a.zscore(x))
for p in [1e-300, 1e-20, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.975, 0.999999, 1 - 1e-16]:
    print(p, a.inv_cdf(p), N().inv_cdf(p))
show('inv0', a.inv_cdf, 0)
show('inv1', a.inv_cdf, 1.0)
print(a.quantiles(), N().quantiles(10), a.mean, a.median, a.mode, a.stdev, a.variance)
print(a.overlap(b), b.overlap(a), N(0, 1).overlap(N(1, 1)), N(2.4, 1.6).overlap(N(3.2, 2.0)), N(0, 1).overlap(N(0, 1)))
show('ov-type', a.overlap, 3)
show('ov-zero', N(0, 0).overlap, a)
z = N(5, 0)
for m in ['pdf', 'cdf', 'zscore']:
    show(m, getattr(z, m), 1)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 4, a / -4, +a, -a)
print(a == N(100, 15), a == b, a != b, a == 100, hash(a) == hash(N(100.0, 15.0)))
print(N(3, 1).samples(5, seed=42), len(N().samples(3)))
print(N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
show('fs1', N.from_samples, [1])
print(N.from_samples([1, inf]), N.from_samples([F(1, 3), F(5, 3), 2]))
print(a.__getstate__()); c = N(); c.__setstate__((1.5, 2.5)); print(c)
show('slots', setattr, a, 'x', 1)
print(st.NormalDist(nan) == st.NormalDist(nan), st.NormalDist().inv_cdf(0.5), st.NormalDist(1, 2).inv_cdf(nan) != 0)
print(st.NormalDist.pdf.__name__, st.NormalDist.cdf.__qualname__, st.NormalDist(1, 3).quantiles(3))
