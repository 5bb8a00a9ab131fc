import statistics as st, random
from fractions import Fraction as F
rng = random.Random(12345)
def show(name, fn, *a, **k):
    try: r = fn(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(name, repr(r))
for trial in range(40):
    n = rng.randrange(1, 12)
    kind = trial % 6
    if kind == 0: data = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    elif kind == 1: data = [rng.randrange(-50, 50) for _ in range(n)]
    elif kind == 2: data = [F(rng.randrange(-30, 30), rng.randrange(1, 9)) for _ in range(n)]
    elif kind == 3: data = [rng.choice([0.1, 0.2, 0.3, 1e16, -1e16, 3.5, 2.25]) for _ in range(n)]
    elif kind == 4: data = [rng.gauss(1e9, 1e-3) for _ in range(n)]
    else: data = [rng.choice([1, 2.5, F(1, 3), True]) for _ in range(n)]
    print('#', trial, data)
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'pvariance', 'variance', 'pstdev', 'stdev']:
        show(name, getattr(st, name), data)
    show('quantiles', st.quantiles, data, n=rng.randrange(1, 8))
    show('quantiles-inc', st.quantiles, data, n=rng.randrange(1, 8), method='inclusive')
    pos = [abs(x) + 1 for x in data]
    show('geometric_mean', st.geometric_mean, pos)
    show('harmonic_mean', st.harmonic_mean, pos)
    show('harmonic_mean_w', st.harmonic_mean, pos, weights=[rng.randrange(0, 4) for _ in pos])
    show('fmean_w', st.fmean, data, [rng.random() for _ in data])
    if kind in (0, 1, 4):
        c = st.mean(data) + (0 if trial % 4 else 0.5)
        show('variance_xbar', st.variance, data, c)
        show('pstdev_mu', st.pstdev, data, c)
        y = [rng.uniform(-5, 5) + 2 * x for x in data]
        show('covariance', st.covariance, data, y)
        show('correlation', st.correlation, data, y)
        show('correlation_r', st.correlation, data, y, method='ranked')
        show('linreg', st.linear_regression, data, y)
        show('linreg_p', st.linear_regression, data, y, proportional=True)
        show('nd', st.NormalDist.from_samples, data)
