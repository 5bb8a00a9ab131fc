"""Basic statistics for numeric data (gilvm's own implementation).

Averages (mean, fmean, geometric_mean, harmonic_mean, median*, mode,
multimode), spread (variance, pvariance, stdev, pstdev), quantiles, relations
between two variables (covariance, correlation, linear_regression) and the
NormalDist class.

mean and the variance family are exact: every value is turned into an exact
ratio of integers, sums are formed without rounding, and only the final result
is rounded (once) to the type of the data.
"""

import math
import numbers
from fractions import Fraction
from bisect import bisect_left as _first_at, bisect_right as _past

import sys as _sys


def _decimal_type():
    """decimal.Decimal if decimal was imported (else no value can be one)."""
    module = _sys.modules.get("decimal")
    return None if module is None else module.Decimal

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact accumulation

def _ratio_fallback(x):
    """(numerator, denominator) of a value without as_integer_ratio()."""
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _is_decimal_type(t):
    D = _decimal_type()
    return D is not None and issubclass(t, D)


def _common_type(seen):
    """The type a result over values of the types SEEN is returned as."""
    result = int
    for t in seen:
        if t is result or t is int or t is bool:
            continue
        if result is int or issubclass(t, result):
            result = t
        elif issubclass(result, t):
            pass
        elif issubclass(result, int):
            result = t
        elif issubclass(t, int):
            pass
        elif issubclass(result, Fraction) and issubclass(t, float):
            result = t
        elif issubclass(result, float) and issubclass(t, Fraction):
            pass
        else:
            raise TypeError("don't know how to coerce %s and %s"
                            % (result.__name__, t.__name__))
    return result


class _Tally:
    """Exact sums of values (and of their squares): the numerators
    are collected per denominator and added up with sum() at the end."""

    __slots__ = ("types", "count", "groups", "odd")

    def __init__(self):
        self.types = []
        self.count = 0
        self.groups = {}         # denominator -> list of numerators
        self.odd = None          # running sum of the infinities and nans

    def feed(self, values):
        types = self.types
        groups = self.groups
        last = None
        seen = 0
        try:
            for x in values:
                t = type(x)
                if t is not last:
                    if t not in types:
                        types.append(t)
                    last = t
                seen += 1
                try:
                    top, den = x.as_integer_ratio()
                except AttributeError:
                    top, den = _ratio_fallback(x)
                except (OverflowError, ValueError):
                    self.odd = x if self.odd is None else self.odd + x
                    continue
                bucket = groups.get(den)
                if bucket is None:
                    groups[den] = [top]
                else:
                    bucket.append(top)
        finally:
            self.count += seen
        return self

    def kind(self):
        return _common_type(self.types)

    def total(self):
        """The exact sum (a Fraction), or the float sum of the non-finite values."""
        if self.odd is not None:
            return self.odd
        return _exact_sum((sum(tops), den) for den, tops in self.groups.items())

    def square_total(self):
        return _exact_sum((sum([t * t for t in tops]), den * den)
                          for den, tops in self.groups.items())


def _exact_sum(pairs):
    """Sum of the ratios n/d over a common denominator (their lcm)."""
    top, bottom = 0, 1
    for n, d in pairs:
        if bottom % d:
            common = bottom // math.gcd(bottom, d) * d
            top *= common // bottom
            bottom = common
        top += n * (bottom // d)
    return Fraction(top, bottom)


def _in_type(value, kind):
    """Round the exact VALUE to the type KIND (ints that are not whole become floats)."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if _is_decimal_type(kind):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _spread(data, center):
    """(kind, exact sum of squared deviations, mean used, count)."""
    if center is not None:
        tally = _Tally().feed((x - center) * (x - center) for x in data)
        return tally.kind(), tally.total(), center, tally.count
    tally = _Tally().feed(data)
    n = tally.count
    if n == 0:
        zero = Fraction(0)
        return tally.kind(), zero, zero, 0
    if tally.odd is not None:
        return tally.kind(), tally.odd, tally.odd, n
    sx = tally.total()
    deviation_squares = tally.square_total() - sx * sx / n
    return tally.kind(), deviation_squares, sx / n, n


def _rounded_isqrt(top, bottom):
    """isqrt(top / bottom) with the lowest bit set when inexact (round to odd)."""
    root = math.isqrt(top // bottom)
    return root | (root * root * bottom != top)


def _sqrt_float(top, bottom):
    """sqrt(top / bottom) correctly rounded to a float (top, bottom >= 0)."""
    # Scale by 4**k so that the root has about 60 bits before rounding.
    k = (120 - (top.bit_length() - bottom.bit_length())) // 2
    if k >= 0:
        return _rounded_isqrt(top << 2 * k, bottom) / (1 << k)
    return float(_rounded_isqrt(top, bottom << -2 * k) << -k)


def _sqrt_decimal(top, bottom):
    """sqrt(top / bottom) correctly rounded in the current decimal context."""
    D = _decimal_type()
    if top <= 0:
        if top == 0:
            return D("0.0")
        top, bottom = -top, -bottom
    guess = (D(top) / D(bottom)).sqrt()

    def above(a, b):
        # Is sqrt(top/bottom) above the midpoint of decimals a and b?
        an, ad = a.as_integer_ratio()
        bn, bd = b.as_integer_ratio()
        return 4 * top * (ad * bd) ** 2 > bottom * (an * bd + bn * ad) ** 2

    def below(a, b):
        an, ad = a.as_integer_ratio()
        bn, bd = b.as_integer_ratio()
        return 4 * top * (ad * bd) ** 2 < bottom * (an * bd + bn * ad) ** 2

    up = guess.next_plus()
    if above(guess, up):
        return up
    down = guess.next_minus()
    if below(guess, down):
        return down
    return guess


def _root_of(kind, value):
    if _is_decimal_type(kind):
        return _sqrt_decimal(value.numerator, value.denominator)
    return _sqrt_float(value.numerator, value.denominator)


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """Arithmetic mean of data, exact then rounded once to the data's type."""
    tally = _Tally().feed(data)
    if tally.count < 1:
        raise StatisticsError("mean requires at least one data point")
    return _in_type(tally.total() / tally.count, tally.kind())


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    if weights is None:
        if hasattr(data, "__len__"):
            try:
                size = len(data)
            except TypeError:
                size = None
        else:
            size = None
        if size is None:
            items = list(data)
            size = len(items)
            total = math.fsum(items)
        else:
            total = math.fsum(data)
        if not size:
            raise StatisticsError("fmean requires at least one data point")
        return total / size
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        weighted = math.sumprod(data, weights)
    except ValueError:
        raise StatisticsError("data and weights must be the same length")
    weight = math.fsum(weights)
    if not weight:
        raise StatisticsError("sum of weights must be non-zero")
    return weighted / weight


def geometric_mean(data):
    """exp of the mean of the logs (positive data only)."""
    try:
        log_mean = fmean([math.log(v) for v in data])
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None
    return math.exp(log_mean)


def _no_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    """Reciprocal of the (weighted) mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)
    complaint = "harmonic mean does not support negative values"
    size = len(data)
    if size < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if size == 1 and weights is None:
        only = data[0]
        D = _decimal_type()
        if not (isinstance(only, numbers.Real) or (D is not None and isinstance(only, D))):
            raise TypeError("unsupported type")
        if only < 0:
            raise StatisticsError(complaint)
        return only
    if weights is None:
        weights = [1] * size
        weight_total = size
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != size:
            raise StatisticsError("Number of weights does not match data size")
        weight_total = _Tally().feed(_no_negatives(weights, complaint)).total()
    checked = _no_negatives(data, complaint)
    try:
        tally = _Tally().feed(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    denominator = tally.total()
    if denominator <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _in_type(weight_total / denominator, tally.kind())


def _ordered(data):
    values = sorted(data)
    if not values:
        raise StatisticsError("no median for empty data")
    return values, len(values)


def median(data):
    """Middle value; the mean of the two middle values for even sizes."""
    values, n = _ordered(data)
    half = n // 2
    if n & 1:
        return values[half]
    return (values[half - 1] + values[half]) / 2


def median_low(data):
    """Middle value; the lower of the two middle values for even sizes."""
    values, n = _ordered(data)
    return values[(n - 1) // 2]


def median_high(data):
    """Middle value; the higher of the two middle values for even sizes."""
    values, n = _ordered(data)
    return values[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in bins of width interval around each value."""
    values, n = _ordered(data)
    middle = values[n // 2]
    below = _first_at(values, middle)
    upto = _past(values, middle, lo=below)
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_edge = middle - width / 2.0
    return lower_edge + width * (n / 2 - below) / (upto - below)


def mode(data):
    """Most common value (the first seen among equally common ones)."""
    from collections import Counter
    ranking = Counter(iter(data)).most_common(1)
    if not ranking:
        raise StatisticsError("no mode for empty data")
    return ranking[0][0]


def multimode(data):
    """All the most common values, in the order first seen."""
    from collections import Counter
    ranked = Counter(iter(data)).most_common()
    # most_common sorts stably, so equally common values keep their order.
    return [value for value, c in ranked if c == ranked[0][1]]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    values = sorted(data)
    size = len(values)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            at, frac = divmod(i * span, n)
            cuts.append((values[at] * (n - frac) + values[at + 1] * frac) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            at = min(max(i * span // n, 1), size - 1)
            frac = i * span - at * n
            cuts.append((values[at - 1] * (n - frac) + values[at] * frac) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---------------------------------------------------------------------------
# Spread

def _variance_of(data, center, sample, name):
    kind, ssd, _, n = _spread(data, center)
    minimum = 2 if sample else 1
    if n < minimum:
        raise StatisticsError("%s requires at least %s data point%s"
                              % (name, "two" if sample else "one", "s" if sample else ""))
    return kind, ssd / (n - 1 if sample else n)


def variance(data, xbar=None):
    """Sample variance (divides by n - 1)."""
    kind, value = _variance_of(data, xbar, True, "variance")
    return _in_type(value, kind)


def pvariance(data, mu=None):
    """Population variance (divides by n)."""
    kind, value = _variance_of(data, mu, False, "pvariance")
    return _in_type(value, kind)


def stdev(data, xbar=None):
    """Sample standard deviation: the correctly rounded root of variance."""
    return _root_of(*_variance_of(data, xbar, True, "stdev"))


def pstdev(data, mu=None):
    """Population standard deviation."""
    return _root_of(*_variance_of(data, mu, False, "pstdev"))


# ---------------------------------------------------------------------------
# Two variables

def _paired_size(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError("%s requires that both inputs have same number of data points" % what)
    if size < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return size


def _centered(values, size):
    middle = math.fsum(values) / size
    return [v - middle for v in values], middle


def covariance(x, y, /):
    """Sample covariance of x and y."""
    size = _paired_size(x, y, "covariance")
    dx, _ = _centered(x, size)
    dy, _ = _centered(y, size)
    return math.sumprod(dx, dy) / (size - 1)


def _average_ranks(values, first):
    """Ranks of VALUES counting from FIRST; tied values share their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0] * len(values)
    done = 0
    while done < len(order):
        group_end = done + 1
        while group_end < len(order) and values[order[group_end]] == values[order[done]]:
            group_end += 1
        shared = first - 1 + done + (group_end - done + 1) / 2
        for k in range(done, group_end):
            ranks[order[k]] = shared
        done = group_end
    return ranks


def correlation(x, y, /, *, method="linear"):
    """Pearson's (method='linear') or Spearman's (method='ranked') coefficient."""
    size = _paired_size(x, y, "correlation")
    if method not in ("linear", "ranked"):
        raise ValueError(f"Unknown method: {method!r}")
    if method == "ranked":
        first = (size - 1) / -2
        x = _average_ranks(list(x), first)
        y = _average_ranks(list(y), first)
    else:
        x, _ = _centered(x, size)
        y, _ = _centered(y, size)
    cross = math.sumprod(x, y)
    try:
        return cross / math.sqrt(math.sumprod(x, x) * math.sumprod(y, y))
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


_result_class = []


def _regression_result(slope, intercept):
    # The LinearRegression namedtuple is made on first use, so that importing
    # statistics does not import collections.
    if not _result_class:
        from collections import namedtuple
        _result_class.append(namedtuple("LinearRegression", ("slope", "intercept"),
                                        module=__name__))
    return _result_class[0](slope=slope, intercept=intercept)


def __getattr__(name):
    if name == "LinearRegression":
        return type(_regression_result(0.0, 0.0))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x."""
    size = _paired_size(x, y, "linear regression")
    if proportional:
        cross = math.sumprod(x, y) + 0.0
        spread_x = math.sumprod(x, x)
    else:
        x, x_mid = _centered(x, size)
        y, y_mid = _centered(y, size)
        cross = math.sumprod(x, y) + 0.0
        spread_x = math.sumprod(x, x)
    try:
        slope = cross / spread_x
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    if proportional:
        return _regression_result(slope, 0.0)
    return _regression_result(slope, y_mid - slope * x_mid)


# ---------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS 241 (1988) for the normal quantile: rational
# approximations, coefficients from highest degree down.
_AS241_CENTRAL = (
    (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
     45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
     133.14166789178437745, 3.387132872796366608),
    (5226.495278852854, 28729.085735721942674, 39307.89580009271061,
     21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
     42.313330701600911252, 1.0),
)
_AS241_NEAR = (
    (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
     1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
     4.6303378461565452959, 1.42343711074968357734),
    (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
     0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
     2.05319162663775882187, 1.0),
)
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
     0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
     5.4637849111641143699, 6.6579046435011037772),
    (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
     0.59983220655588793769, 1.0),
)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _standard_normal_quantile(p):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        return _horner(top, r) * q / _horner(bottom, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        top, bottom = _AS241_NEAR
        r = r - 1.6
    else:
        top, bottom = _AS241_TAIL
        r = r - 5.0
    z = _horner(top, r) / _horner(bottom, r)
    return -z if q < 0.0 else z


_ROOT_TWO = math.sqrt(2.0)


def _normal_params(mu, sigma):
    if sigma < 0.0:
        raise StatisticsError("sigma must be non-negative")
    return float(mu), float(sigma)


def _nonzero_sigma(dist, what):
    sigma = dist._sigma
    if not sigma:
        raise StatisticsError("%s() not defined when sigma is zero" % what)
    return sigma


def _density(dist, x):
    """Probability density at x."""
    var = dist.variance
    if not var:
        raise StatisticsError("pdf() not defined when sigma is zero")
    offset = x - dist._mu
    return math.exp(offset * offset / (-2.0 * var)) / math.sqrt(math.tau * var)


def _cumulative(dist, x):
    """Probability that a draw is at most x."""
    scale = _nonzero_sigma(dist, "cdf") * _ROOT_TWO
    return 0.5 * (1.0 + math.erf((x - dist._mu) / scale))


def _standard_score(dist, x):
    """Standard deviations between x and the mean."""
    return (x - dist._mu) / _nonzero_sigma(dist, "zscore")


def _quantile(dist, p):
    """The x with cdf(x) == p."""
    if p <= 0.0 or p >= 1.0:
        raise StatisticsError("p must be in the range 0.0 < p < 1.0")
    return dist._mu + _standard_normal_quantile(p) * dist._sigma


def _shared_area(dist, other):
    """Area shared by the two density curves (0.0 to 1.0)."""
    if not isinstance(other, NormalDist):
        raise TypeError("Expected another NormalDist instance")
    narrow, wide = sorted((dist, other), key=lambda d: (d._sigma, d._mu))
    v1, v2 = narrow.variance, wide.variance
    if not (v1 and v2):
        raise StatisticsError("overlap() not defined when sigma is zero")
    dv = v2 - v1
    dm = math.fabs(wide._mu - narrow._mu)
    if dv == 0:
        return 1.0 - math.erf(dm / (2.0 * narrow._sigma * _ROOT_TWO))
    # The densities cross at two points; the shared area is what is left
    # after removing the differences of the two cdfs there.
    centre = narrow._mu * v2 - wide._mu * v1
    half_width = narrow._sigma * wide._sigma * math.sqrt(dm * dm + dv * math.log(v2 / v1))
    gaps = [math.fabs(wide.cdf(t) - narrow.cdf(t))
            for t in ((centre + half_width) / dv, (centre - half_width) / dv)]
    return 1.0 - (gaps[0] + gaps[1])


def _draws(dist, n, *, seed=None):
    """n random draws (reproducible when seed is given)."""
    import random
    source = random if seed is None else random.Random(seed)
    return [source.gauss(dist._mu, dist._sigma) for _ in range(n)]


def _combine(sign):
    """__add__ / __sub__: another NormalDist (independent) or a constant shift."""
    def apply(dist, other):
        if isinstance(other, NormalDist):
            return NormalDist(dist._mu + other._mu if sign > 0 else dist._mu - other._mu,
                              math.hypot(dist._sigma, other._sigma))
        return NormalDist(dist._mu + other if sign > 0 else dist._mu - other, dist._sigma)
    return apply


def _rescale(divide):
    """__mul__ / __truediv__ by a constant."""
    def apply(dist, k):
        if divide:
            return NormalDist(dist._mu / k, dist._sigma / math.fabs(k))
        return NormalDist(dist._mu * k, dist._sigma * math.fabs(k))
    return apply


def _named(name, fn):
    fn.__name__ = name
    fn.__qualname__ = "NormalDist." + name
    return fn


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        self._mu, self._sigma = _normal_params(mu, sigma)

    @classmethod
    def from_samples(cls, data):
        """The NormalDist with the sample mean and sample stdev of data."""
        kind, ssd, center, n = _spread(data, None)
        if n < 2:
            raise StatisticsError("stdev requires at least two data points")
        per_point = ssd / (n - 1)
        if isinstance(per_point, Fraction):
            return cls(float(center), _sqrt_float(per_point.numerator, per_point.denominator))
        return cls(float(center), float(center) / float(ssd))

    samples = _named("samples", _draws)
    pdf = _named("pdf", _density)
    cdf = _named("cdf", _cumulative)
    inv_cdf = _named("inv_cdf", _quantile)
    zscore = _named("zscore", _standard_score)
    overlap = _named("overlap", _shared_area)

    def quantiles(self, n=4):
        """The n - 1 cut points into n intervals of equal probability."""
        return list(map(self.inv_cdf, [k / n for k in range(1, n)]))

    mean = median = mode = property(lambda self: self._mu, doc="The mean (also the median and mode).")
    stdev = property(lambda self: self._sigma, doc="Standard deviation.")
    variance = property(lambda self: self._sigma * self._sigma, doc="Variance.")

    __add__ = __radd__ = _named("__add__", _combine(1))
    __sub__ = _named("__sub__", _combine(-1))
    __mul__ = __rmul__ = _named("__mul__", _rescale(False))
    __truediv__ = _named("__truediv__", _rescale(True))

    def __rsub__(self, other):
        return -(self - other)

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash(self.__getstate__())

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
