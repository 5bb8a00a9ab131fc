"""Pseudo-random numbers, compatible with CPython's random module.

The generator is the Mersenne Twister of the built-in ``_random`` module,
seeded as CPython seeds it, and every method below draws from it in the
order CPython's does, so ``random.seed(n)`` reproduces CPython's sequences.
SystemRandom draws from the operating system instead.
"""

import _random
from math import (acos as _m_acos, ceil as _m_ceil, cos as _m_cos, e as _m_e, exp as _m_exp,
                  fabs as _m_fabs, floor as _m_floor, isfinite as _m_isfinite, lgamma as _m_lgamma,
                  log as _m_log, log2 as _m_log2, pi as _m_pi, sin as _m_sin, sqrt as _m_sqrt)
from bisect import bisect as _bisect_right

__all__ = [
    "Random", "SystemRandom",
    "betavariate", "binomialvariate", "choice", "choices", "expovariate", "gammavariate",
    "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
    "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

# Constants of the distributions (public names kept for programs that read them). Written as
# the values 4 * exp(-0.5) / sqrt(2.0), log(4.0), 1.0 + log(4.5) and 2 ** -53 have in CPython
# (glibc's exp, log and pow): computing them here made every `import random` load the C
# library (src/numeric/c-libm.ts), 10 ms.
TWOPI = 2.0 * _m_pi
NV_MAGICCONST = 1.7155277699214135   # Kinderman-Monahan's bound, 4 * exp(-0.5) / sqrt(2.0)
LOG4 = 1.3862943611198906            # log(4.0)
SG_MAGICCONST = 2.504077396776274    # Cheng's GB constant, 1.0 + log(4.5)
BPF = 53                                          # bits in a float's mantissa
RECIP_BPF = 1.1102230246251565e-16      # 2 ** -BPF

_FLOAT_RANGE = 1 << BPF
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
_KNOWN_SEQUENCES = (list, tuple, str, range, bytes, bytearray, memoryview)


def _to_index(value):
    """operator.index(value), through range(), which applies the same rule."""
    return range(value).stop


def _is_sequence(obj):
    if isinstance(obj, _KNOWN_SEQUENCES):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    try:
        from collections.abc import Sequence
    except ImportError:
        return hasattr(type(obj), '__getitem__') and hasattr(type(obj), '__len__')
    return isinstance(obj, Sequence)


def _running_totals(values):
    """The prefix sums of `values` as a list, first item unchanged (itertools.accumulate)."""
    out = []
    total = None
    first = True
    for v in values:
        if first:
            total = v
            first = False
        else:
            total = total + v
        out.append(total)
    return out


def _legacy_str_seed(text):
    """The integer that seed(text, version=1) used: the old str hash, kept for old sequences."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    h = (ord(text[0]) << 7) if text else 0
    for ch in text:
        h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    h ^= len(text)
    return -2 if h == -1 else h


def _warn_wide_range():
    message = ("Underlying random() generator does not supply \n"
               "enough bits to choose from a population range this large.\n"
               "To remove the range limitation, add a getrandbits() method.")
    try:
        import warnings
    except ImportError:
        import sys
        print('UserWarning: ' + message, file=sys.stderr)
    else:
        warnings.warn(message, stacklevel=3)


# ---- kernels: each draws from `u`, a function giving floats in [0, 1) --------------------------
# The float operations are CPython's, in CPython's order, so that results agree bit for bit.

def _km_normal(u):
    """A standard normal deviate: Kinderman and Monahan's ratio-of-uniforms method."""
    while True:
        first = u()
        second = 1.0 - u()
        z = NV_MAGICCONST * (first - 0.5) / second
        if z * z / 4.0 <= -_m_log(second):
            return z


def _polar_pair(u):
    """Two independent standard normal deviates by the Box-Muller transform."""
    angle = u() * TWOPI
    radius = _m_sqrt(-2.0 * _m_log(1.0 - u()))
    return _m_cos(angle) * radius, _m_sin(angle) * radius


def _exponential(u):
    """A deviate of the exponential distribution with rate 1."""
    return -_m_log(1.0 - u())


def _von_mises(u, mu, kappa):
    """Best and Fisher's algorithm for the von Mises distribution."""
    s = 0.5 / kappa
    r = s + _m_sqrt(1.0 + s * s)
    while True:
        z = _m_cos(_m_pi * u())
        d = z / (r + z)
        w = u()
        if w < 1.0 - d * d or w <= (1.0 - d) * _m_exp(d):
            break
    q = 1.0 / r
    turn = _m_acos((q + z) / (1.0 + q * z))
    return (mu + turn) % TWOPI if u() > 0.5 else (mu - turn) % TWOPI


def _gamma_cheng(u, alpha):
    """Cheng's GB algorithm (1977), shape alpha > 1, scale 1."""
    ainv = _m_sqrt(2.0 * alpha - 1.0)
    bbb = alpha - LOG4
    ccc = alpha + ainv
    while True:
        u1 = u()
        if not 1e-7 < u1 < 0.9999999:
            continue
        u2 = 1.0 - u()
        v = _m_log(u1 / (1.0 - u1)) / ainv
        x = alpha * _m_exp(v)
        z = u1 * u1 * u2
        r = bbb + ccc * v - x
        if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _m_log(z):
            return x


def _gamma_ahrens_dieter(u, alpha):
    """Ahrens and Dieter's GS algorithm, shape 0 < alpha < 1, scale 1."""
    while True:
        b = (_m_e + alpha) / _m_e
        p = b * u()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if u() <= _m_exp(-x):
                return x
        else:
            x = -_m_log((b - p) / alpha)
            if u() <= x ** (alpha - 1.0):
                return x


def _triangle(w, low, high, mode):
    """Inverse of the triangular CDF at w."""
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if w > c:
        w, c, low, high = 1.0 - w, 1.0 - c, high, low
    return low + (high - low) * _m_sqrt(w * c)


def _binomial_by_gaps(u, n, p):
    """Successes in n trials, jumping over runs of failures with geometric draws (n*p < 10)."""
    c = _m_log2(1.0 - p)
    if not c:
        return 0
    hits = pos = 0
    while True:
        pos += _m_floor(_m_log2(u()) / c) + 1
        if pos > n:
            return hits
        hits += 1


def _binomial_btrs(u, n, p):
    """Hormann's BTRS (transformed rejection with squeeze), n*p >= 10 and p <= 0.5."""
    spq = _m_sqrt(n * p * (1.0 - p))
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    vr = 0.92 - 4.2 / b
    tail = None     # (alpha, lpq, m, h), computed the first time the squeeze fails
    while True:
        t = u() - 0.5
        us = 0.5 - _m_fabs(t)
        k = _m_floor((2.0 * a / us + b) * t + c)
        if k < 0 or k > n:
            continue
        v = u()
        if us >= 0.07 and v <= vr:
            return k
        if tail is None:
            m = _m_floor((n + 1) * p)
            tail = ((2.83 + 5.1 / b) * spq, _m_log(p / (1.0 - p)), m,
                    _m_lgamma(m + 1) + _m_lgamma(n - m + 1))
        alpha, lpq, m, h = tail
        v *= alpha / (a / (us * us) + b)
        if _m_log(v) <= h - _m_lgamma(k + 1) - _m_lgamma(n - k + 1) + (k - m) * lpq:
            return k


# ---- helpers for the sequence methods ---------------------------------------------------------

def _fisher_yates(items, below):
    """Shuffle items in place, swapping each position from the end with one at or before it."""
    for i in range(len(items) - 1, 0, -1):
        j = below(i + 1)
        items[i], items[j] = items[j], items[i]


def _sample_threshold(k):
    """Population size up to which sample() draws from a copy (CPython's rule, same draws)."""
    extra = 4 ** _m_ceil(_m_log(k * 3, 4)) if k > 5 else 0
    return 21 + extra


def _draw_from_copy(population, size, k, below):
    pool = list(population)
    picked = []
    for last in range(size - 1, size - 1 - k, -1):
        j = below(last + 1)
        picked.append(pool[j])
        pool[j] = pool[last]        # the unpicked last item fills the hole
    return picked


def _draw_with_retries(population, size, k, below):
    taken = set()
    picked = []
    while len(picked) < k:
        j = below(size)
        if j not in taken:
            taken.add(j)
            picked.append(population[j])
    return picked


def _cumulative(weights, cum_weights):
    """The cumulative weights choices() bisects, from whichever argument was given."""
    if cum_weights is not None:
        if weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        return cum_weights
    try:
        return _running_totals(weights)
    except TypeError:
        if isinstance(weights, int):
            raise TypeError(f'The number of choices must be a keyword argument: k={weights}') from None
        raise


def _integer_method(cls):
    """The name of the _randbelow implementation cls should use, or None to keep its own.

    The nearest class in the MRO that defines _randbelow, getrandbits or random decides:
    getrandbits allows any range, random alone 2**53.
    """
    for klass in cls.__mro__:
        own = klass.__dict__
        if '_randbelow' in own:
            return None
        if 'getrandbits' in own:
            return '_below_by_bits'
        if 'random' in own:
            return '_below_by_floats'
    return None


def _os_bits(k):
    """An int of k bits from the OS."""
    nbytes = (k + 7) // 8
    return int.from_bytes(_random._urandom(nbytes)) >> (8 * nbytes - k)


def _lerp(a, b, t):
    return a + (b - a) * t


class Random(_random.Random):
    """A random number generator with its own state; the module's functions share one.

    Subclasses may replace random(), seed(), getstate() and setstate(), and
    getrandbits() to let randrange() and friends reach arbitrarily large ranges.
    """

    VERSION = 3     # the first item of getstate()'s tuple

    def __init__(self, x=None):
        """Make a generator seeded by x, as seed(x) does."""
        self.seed(x)
        self.gauss_next = None

    # ---- state ----------------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Seed from a: None (the OS's entropy), an int, float, str, bytes or bytearray."""
        _random.Random.seed(self, _seed_number(a, version))
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        words = _random.Random.getstate(self)
        return self.VERSION, words, self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned (or a Python 2 one, version 2)."""
        kind = state[0]
        if kind not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (kind, self.VERSION))
        _, words, self.gauss_next = state
        if kind == 2:
            words = _unsigned_words(words)
        _random.Random.setstate(self, words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers -------------------------------------------------------------------------

    def __init_subclass__(cls, /, **kwargs):
        """Pick the integer method a subclass can use, from what it overrides."""
        chosen = _integer_method(cls)
        if chosen is not None:
            cls._randbelow = getattr(cls, chosen)

    def _below_by_bits(self, n):
        """A uniform int in [0, n) for n > 0: draw bit_length(n) bits until one fits."""
        bits = n.bit_length()
        draw = self.getrandbits
        while True:
            r = draw(bits)
            if r < n:
                return r

    def _below_by_floats(self, n, maxsize=_FLOAT_RANGE):
        """A uniform int in [0, n) for n > 0 from random() alone."""
        draw = self.random
        if n >= maxsize:
            _warn_wide_range()
            return _m_floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            x = draw()
            if x < cutoff:
                return _m_floor(x * maxsize) % n

    _randbelow = _below_by_bits

    def randbytes(self, n):
        """n random bytes."""
        return int.to_bytes(self.getrandbits(8 * n), n, 'little')

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step), or of range(start) without stop."""
        lo = start if type(start) is int else _to_index(start)
        if stop is None:
            if not (type(step) is int and step == 1):
                raise TypeError("Missing a non-None stop argument")
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)
        hi = stop if type(stop) is int else _to_index(stop)
        stride = step if type(step) is int else _to_index(step)
        if stride == 1:
            if hi <= lo:
                raise ValueError(f"empty range in randrange({start}, {stop})")
            return lo + self._randbelow(hi - lo)
        count = _range_size(lo, hi, stride)
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # ---- sequences ------------------------------------------------------------------------

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the list x in place."""
        _fisher_yates(x, self._randbelow)

    def sample(self, population, k, *, counts=None):
        """k distinct picks (by position) from a sequence, in the order drawn.

        counts, if given, repeats each item of the population that many times.
        """
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_repeated(population, size, counts, k)
        if k < 0 or k > size:
            raise ValueError("Sample larger than population or is negative")
        draw = _draw_from_copy if size <= _sample_threshold(k) else _draw_with_retries
        return draw(population, size, k, self._randbelow)

    def _sample_repeated(self, population, size, counts, k):
        bounds = _running_totals(counts)
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_bisect_right(bounds, p)] for p in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks with replacement, equally likely or by (cumulative) weights."""
        draw = self.random
        size = len(population)
        if weights is None and cum_weights is None:
            scale = float(size)
            return [population[_m_floor(draw() * scale)] for _ in range(k)]
        bounds = _cumulative(weights, cum_weights)
        if len(bounds) != size:
            raise ValueError('The number of weights does not match the population')
        total = bounds[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m_isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect_right(bounds, draw() * total, 0, top)] for _ in range(k)]

    # ---- real distributions ---------------------------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return _lerp(a, b, self.random())

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the middle by default)."""
        return _triangle(self.random(), low, high, mode)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution."""
        return mu + _km_normal(self.random) * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; each pair of draws serves two calls."""
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            z, self.gauss_next = _polar_pair(self.random)
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of normalvariate(mu, sigma)."""
        return _m_exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return _exponential(self.random) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: an angle in [0, 2*pi) around mu, concentration kappa."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        return _von_mises(self.random, mu, kappa)

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            unit = _gamma_cheng(self.random, alpha)
        elif alpha == 1.0:
            unit = _exponential(self.random)
        else:
            unit = _gamma_ahrens_dieter(self.random, alpha)
        return unit * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], alpha > 0 and beta > 0 (from two gamma draws)."""
        first = self.gammavariate(alpha, 1.0)
        if first == 0:
            return 0.0
        second = self.gammavariate(beta, 1.0)
        return first / (first + second)

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        exponent = -1.0 / alpha
        return (1.0 - self.random()) ** exponent

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        t = -_m_log(1.0 - self.random())
        return alpha * t ** (1.0 / beta)

    # ---- discrete distributions -----------------------------------------------------------

    def binomialvariate(self, n=1, p=0.5):
        """Successes in n trials each succeeding with probability p: an int in [0, n]."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if not 0.0 < p < 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return 1 if self.random() < p else 0
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return _binomial_by_gaps(self.random, n, p)
        return _binomial_btrs(self.random, n, p)


def _seed_number(a, version):
    """What _random.Random.seed gets for random.seed(a, version)."""
    if version == 2 and isinstance(a, (str, bytes, bytearray)):
        raw = a.encode() if isinstance(a, str) else a
        return int.from_bytes(raw + _random._sha512(raw))
    if version == 1 and isinstance(a, (str, bytes)):
        return _legacy_str_seed(a)
    if not isinstance(a, _SEED_TYPES):
        raise TypeError('The only supported seed types are: None,\n'
                        'int, float, str, bytes, and bytearray.')
    return a


def _unsigned_words(words):
    """A version-2 state's words (possibly negative) as the unsigned 32-bit words of today."""
    try:
        return tuple(w % (2 ** 32) for w in words)
    except ValueError as exc:
        raise TypeError from exc


def _range_size(lo, hi, stride):
    """len(range(lo, hi, stride)) for stride not 1, or ValueError for stride 0."""
    if stride > 0:
        return (hi - lo + stride - 1) // stride
    if stride < 0:
        return (hi - lo + stride + 1) // stride
    raise ValueError("zero step for randrange()")


class SystemRandom(Random):
    """A generator over the operating system's entropy: no seed, no state."""

    def random(self):
        """A float in [0.0, 1.0) from 53 random bits."""
        return _os_bits(BPF) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        return _os_bits(k)

    def randbytes(self, n):
        """n random bytes from the OS."""
        return _random._urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the OS's source takes no seed."""
        return None

    def _no_state(self, *args, **kwds):
        """Unsupported: the OS's source has no state."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _no_state


# The module's functions: bound methods of one shared, hidden generator.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
