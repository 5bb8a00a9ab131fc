# Results that need exact arithmetic before the single final rounding.
import statistics as st, random
from fractions import Fraction as F
def show(name, fn, *a, **k):
    try: r = fn(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(name, type(r).__name__, repr(r))
big = [1e16 + 1, 1e16 + 3, 1e16 + 5, 1e16 + 7]
for fn in (st.mean, st.variance, st.pvariance, st.stdev, st.pstdev, st.fmean):
    show(fn.__name__, fn, big)
    show(fn.__name__, fn, [1e50, 1, -1e50] * 100)
    show(fn.__name__, fn, [0.1] * 10 + [0.7] * 3)
    show(fn.__name__, fn, [F(1, 3), F(1, 7), F(22, 7), F(-5, 11)])
    show(fn.__name__, fn, [1, 2, 3, 4, 6])
    show(fn.__name__, fn, [10**30, 10**30 + 1, 10**30 + 2])
    show(fn.__name__, fn, [True, True, False, 3])
class MyFloat(float):
    def __repr__(self): return 'MyFloat(%s)' % float.__repr__(self)
class MyInt(int):
    pass
show('mean-sub', st.mean, [MyFloat(1.5), 2.5, 3])
show('var-sub', st.variance, [MyFloat(1.5), MyFloat(2.0), 4])
show('mean-int-sub', st.mean, [MyInt(3), MyInt(5)])
show('mean-int-sub2', st.mean, [MyInt(3), MyInt(4)])
show('mean-mixed', st.mean, [F(1, 2), 0.25, 1])
show('var-xbar-frac', st.variance, [1.0, 2.0, 4.0], F(7, 3))
show('pvar-mu-int', st.pvariance, [1, 2, 4], 2)
show('pstdev-mu', st.pstdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)
show('stdev-frac', st.stdev, [F(1, 2), F(3, 4), F(7, 8)])
show('stdev-int', st.stdev, [2, 4, 4, 4, 5, 5, 7, 9])
show('pstdev-int', st.pstdev, [2, 4, 4, 4, 5, 5, 7, 9])
show('hm-frac-w', st.harmonic_mean, [F(1, 2), F(1, 3), 2], weights=[1, F(1, 2), 3])
show('hm-float', st.harmonic_mean, [2.5, 3, 10])
show('mean-huge', st.mean, [1e308, 1e308, -1e308])
show('var-tiny', st.variance, [5e-324, 1e-323, 0.0])
show('stdev-tiny', st.stdev, [5e-324, 1e-323, 0.0])
show('stdev-huge', st.pstdev, [1e300, -1e300])
show('mean-str', st.mean, ['1', '2'])
show('median-str', st.median, ['b', 'a', 'c'])
show('median-even-frac', st.median, [F(1, 3), F(1, 2)])
rng = random.Random(99)
for i in range(25):
    n = rng.randrange(2, 40)
    scale = 10.0 ** rng.randrange(-150, 140)
    data = [rng.random() * scale + (scale * 1e8 if i % 3 == 0 else 0) for _ in range(n)]
    print(i, st.mean(data), st.variance(data), st.pstdev(data), st.stdev(data), st.median(data))
    ints = [rng.randrange(-10**20, 10**20) for _ in range(n)]
    print(i, repr(st.mean(ints)), repr(st.pvariance(ints)), st.stdev(ints))
