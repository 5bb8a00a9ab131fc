"""Decimal fixed and floating point arithmetic for gilvm.

Numbers are kept as a sign, an integer coefficient and a power-of-ten
exponent; all arithmetic runs on Python ints.  Behaviour (results, signals,
messages) follows CPython's C decimal module (libmpdec).
"""

import math as _m

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_MODES = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
          ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent): the parts of a Decimal."""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    def __getnewargs__(self):
        return tuple(self)

    sign = property(lambda self: self[0], doc='0 for positive, 1 for negative')
    digits = property(lambda self: self[1], doc='coefficient digits')
    exponent = property(lambda self: self[2], doc="exponent or 'F', 'n', 'N'")

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kw):
        vals = self._asdict()
        vals.update(kw)
        return DecimalTuple(**vals)

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base of all decimal signals."""

class Clamped(DecimalException):
    """An exponent was altered to fit the representation."""

class InvalidOperation(DecimalException):
    """An operation had no meaningful result."""

class ConversionSyntax(InvalidOperation):
    """A string did not spell a number."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""

class DivisionImpossible(InvalidOperation):
    """An integer quotient did not fit the precision."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""

class Inexact(DecimalException):
    """Nonzero digits were discarded."""

class InvalidContext(InvalidOperation):
    """The context was unusable."""

class Rounded(DecimalException):
    """Digits (possibly zero) were discarded."""

class Subnormal(DecimalException):
    """The result lies below Emin."""

class Overflow(Inexact, Rounded):
    """The result exponent exceeded Emax."""

class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""

class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""

# Status bits; the order of _BIT_ORDER is the one CPython lists them in.
_S_INV, _S_CONV, _S_DIMP, _S_DUND, _S_ICTX = 1, 2, 4, 8, 16
_S_FLOAT, _S_DZ, _S_OVF, _S_UNF, _S_SUB = 32, 64, 128, 256, 512
_S_INEX, _S_RND, _S_CLMP = 1024, 2048, 4096
_BIT_ORDER = ((_S_INV, InvalidOperation), (_S_CONV, ConversionSyntax),
              (_S_DIMP, DivisionImpossible), (_S_DUND, DivisionUndefined),
              (_S_ICTX, InvalidContext), (_S_FLOAT, FloatOperation),
              (_S_DZ, DivisionByZero), (_S_OVF, Overflow),
              (_S_UNF, Underflow), (_S_SUB, Subnormal), (_S_INEX, Inexact),
              (_S_RND, Rounded), (_S_CLMP, Clamped))
_ANY_INV = _S_INV | _S_CONV | _S_DIMP | _S_DUND | _S_ICTX
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_SIG_MASK = {InvalidOperation: _ANY_INV, FloatOperation: _S_FLOAT,
             DivisionByZero: _S_DZ, Overflow: _S_OVF, Underflow: _S_UNF,
             Subnormal: _S_SUB, Inexact: _S_INEX, Rounded: _S_RND,
             Clamped: _S_CLMP}
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)


# ---------------------------------------------------------------- helpers

def _ndig(n):
    """Number of decimal digits of a non-negative int (0 has one)."""
    if n < 10 ** 15:
        return len(str(n))
    k = int(n.bit_length() * 0.30102999566398120)
    if n >= 10 ** k:
        k += 1
        while n >= 10 ** k:
            k += 1
        return k
    while k > 1 and n < 10 ** (k - 1):
        k -= 1
    return k


def _cut(sign, coef, drop, mode):
    """Remove `drop` low digits from coef under `mode`.
    Returns (new coefficient, inexact flag)."""
    if drop <= 0:
        return coef * 10 ** (-drop), False
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    up = False
    if mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = not sign
    elif mode == ROUND_FLOOR:
        up = bool(sign)
    elif mode == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        twice = 2 * r
        if twice > p:
            up = True
        elif twice < p:
            up = False
        elif mode == ROUND_HALF_UP:
            up = True
        elif mode == ROUND_HALF_DOWN:
            up = False
        else:
            up = q & 1 == 1
    return (q + 1 if up else q), True


def _mk(sign, coef, exp, kind=0):
    d = object.__new__(Decimal)
    d._s = sign
    d._c = coef
    d._e = exp
    d._k = kind
    return d


_K_FIN, _K_INF, _K_QNAN, _K_SNAN = 0, 1, 2, 3


def _nan(sign=0, payload=0):
    return _mk(sign, payload, 0, _K_QNAN)


def _inf(sign):
    return _mk(sign, 0, 0, _K_INF)


def _fit(sign, coef, exp, ctx, st):
    """Round a finite triple to ctx, handling overflow, subnormals and clamping.
    Adds status bits to list st[0]; returns a Decimal."""
    prec = ctx.prec
    emax = ctx.Emax
    etiny = ctx.Emin - prec + 1
    etop = emax - prec + 1
    if coef == 0:
        hi = etop if ctx.clamp else emax
        if exp < etiny:
            exp = etiny
            st[0] |= _S_CLMP
        elif exp > hi:
            exp = hi
            st[0] |= _S_CLMP
        return _mk(sign, 0, exp)
    n = _ndig(coef)
    adj = exp + n - 1
    if adj < ctx.Emin:
        # subnormal territory
        s = _S_SUB
        if exp < etiny:
            coef, inexact = _cut(sign, coef, etiny - exp, ctx.rounding)
            exp = etiny
            s |= _S_RND
            if inexact:
                s |= _S_INEX | _S_UNF
                if coef == 0:
                    s |= _S_CLMP
        st[0] |= s
        return _mk(sign, coef, exp)
    if n > prec:
        coef, inexact = _cut(sign, coef, n - prec, ctx.rounding)
        exp += n - prec
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        st[0] |= _S_RND | (_S_INEX if inexact else 0)
        adj = exp + prec - 1
    if adj > emax:
        st[0] |= _S_OVF | _S_INEX | _S_RND
        mode = ctx.rounding
        if (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (mode == ROUND_CEILING and not sign)
                or (mode == ROUND_FLOOR and sign)):
            return _inf(sign)
        return _mk(sign, 10 ** prec - 1, etop)
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        st[0] |= _S_CLMP
    return _mk(sign, coef, exp)


def _nan_result(a, b, ctx, st):
    """NaN propagation for a binary operation; None when neither is NaN."""
    for x in (a, b):
        if x is not None and x._k == _K_SNAN:
            st[0] |= _S_INV
            return _fix_payload(_mk(x._s, x._c, 0, _K_QNAN), ctx)
    for x in (a, b):
        if x is not None and x._k == _K_QNAN:
            return _fix_payload(x, ctx)
    return None


def _fix_payload(x, ctx):
    room = ctx.prec - ctx.clamp
    if x._c and _ndig(x._c) > room:
        return _mk(x._s, x._c % 10 ** room if room > 0 else 0, 0, x._k)
    return x


def _invalid(st, bit=_S_INV):
    st[0] |= bit
    return _nan()


# ---------------------------------------------------------- string parsing

def _parse(text):
    """Parse a numeric string; returns a Decimal or None on bad syntax."""
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _inf(sign)
    for head, kind in (('snan', _K_SNAN), ('nan', _K_QNAN)):
        if low.startswith(head):
            tail = s[len(head):]
            if tail == '':
                return _mk(sign, 0, 0, kind)
            if not _digits_ok(tail):
                return None
            return _mk(sign, int(_ascii_digits(tail)), 0, kind)
    mant, ex = s, 0
    epos = max(low.find('e'), -1)
    if epos >= 0:
        mant = s[:epos]
        es = s[epos + 1:]
        esign = 1
        if es[:1] in ('+', '-'):
            esign = -1 if es[0] == '-' else 1
            es = es[1:]
        if not _digits_ok(es):
            return None
        ex = esign * int(_ascii_digits(es))
    if '.' in mant:
        ip, _, fp = mant.partition('.')
    else:
        ip, fp = mant, ''
    if (ip and not _digits_ok(ip)) or (fp and not _digits_ok(fp)):
        return None
    if not ip and not fp:
        return None
    return _mk(sign, int(_ascii_digits(ip + fp)), ex - len(fp))


def _digits_ok(t):
    if not t:
        return False
    for ch in t:
        if not ch.isdigit():
            return False
    return True


def _ascii_digits(t):
    if t.isascii():
        return t
    return ''.join(str(int(ch)) for ch in t)


def _from_float(f):
    if f != f:
        return _nan(1 if _m.copysign(1.0, f) < 0 else 0)
    if f in (float('inf'), float('-inf')):
        return _inf(1 if f < 0 else 0)
    sign = 1 if _m.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _mk(sign, n * 5 ** k, -k)


# ---------------------------------------------------------- operand coercion

def _as_dec(x, ctx, strict=False):
    """Coerce an operand: Decimal and int pass; others give NotImplemented,
    or TypeError when strict (context methods)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _mk(1 if x < 0 else 0, abs(x), 0)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(x).__name__)
    return NotImplemented


def _cmp_operand(x, ctx, eq):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _mk(1 if x < 0 else 0, abs(x), 0)
    if isinstance(x, float):
        st = [_S_FLOAT]
        if eq:
            ctx._flags_only(st[0])
        else:
            ctx._signal(st[0])
        return _from_float(x)
    if isinstance(x, complex) and eq and x.imag == 0:
        ctx._flags_only(_S_FLOAT)
        return _from_float(x.real)
    return NotImplemented


def _cmp_finite(a, b):
    """Compare two non-NaN values: -1, 0, 1."""
    if a._k == _K_INF or b._k == _K_INF:
        va = 0 if a._k != _K_INF else (-1 if a._s else 1)
        vb = 0 if b._k != _K_INF else (-1 if b._s else 1)
        if va or vb:
            if va == vb:
                return 0
            if va and vb:
                return -1 if va < vb else 1
            if va:
                return va
            return -vb
    if a._c == 0 and b._c == 0:
        return 0
    if a._c == 0:
        return 1 if b._s else -1
    if b._c == 0:
        return -1 if a._s else 1
    if a._s != b._s:
        return -1 if a._s else 1
    aa = a._e + _ndig(a._c)
    ba = b._e + _ndig(b._c)
    if aa != ba:
        r = 1 if aa > ba else -1
    else:
        e = min(a._e, b._e)
        x = a._c * 10 ** (a._e - e)
        y = b._c * 10 ** (b._e - e)
        r = (x > y) - (x < y)
    return -r if a._s else r


# ---------------------------------------------------------- transcendentals

def _atanh_inv(n, p):
    """atanh(1/n) * 10**p, truncated, for an int n >= 2."""
    one = 10 ** p
    t = one // n
    s = t
    n2 = n * n
    k = 3
    while t:
        t //= n2
        s += t // k
        k += 2
    return s


def _ln2(p):
    return 2 * _atanh_inv(3, p)


def _ln10(p):
    g = p + 5
    return (3 * _ln2(g) + 2 * _atanh_inv(9, g)) // 10 ** 5


def _ln_fixed(c, e, p):
    """ln(c * 10**e) * 10**p with a small absolute error (a few units)."""
    g = p + 10 + len(str(abs(e) + _ndig(c)))
    one = 10 ** g
    nd = _ndig(c)
    a = e + nd - 1
    # m in [1, 10) scaled by 10**g
    sh = g - (nd - 1)
    m = c * 10 ** sh if sh >= 0 else c // 10 ** (-sh)
    k = 0
    while m > (one * 7) // 5:
        m = m // 2 if m % 2 == 0 else m // 2
        k += 1
    # now m in [~0.7, 1.4]
    num = m - one
    den = m + one
    # atanh(num/den) in fixed point
    neg = num < 0
    z = abs(num) * one // den
    z2 = z * z // one
    t = z
    s = z
    j = 3
    while t:
        t = t * z2 // one
        s += t // j
        j += 2
    if neg:
        s = -s
    total = 2 * s + k * _ln2(g) + a * _ln10(g)
    return total // 10 ** (g - p) if total >= 0 else -((-total) // 10 ** (g - p))


def _exp_fixed(r, p):
    """exp(r / 10**p) * 10**p for 0 <= r/10**p < 3."""
    g = p + 8
    one = 10 ** g
    x = r * 10 ** 8
    t = one
    s = one
    i = 1
    while t:
        t = t * x // (one * i)
        s += t
        i += 1
    return s // 10 ** 8


def _round_sig(sign, coef, exp, prec, mode):
    n = _ndig(coef)
    if n <= prec:
        return coef, exp
    c, _ = _cut(sign, coef, n - prec, mode)
    exp += n - prec
    if c == 10 ** prec:
        c //= 10
        exp += 1
    return c, exp


def _ziv(approx, prec, sign, mode=ROUND_HALF_EVEN):
    """approx(p) -> (A, scale) with |value - A*10**scale| < 3*10**scale and
    about p+ correct digits.  Returns a correctly rounded (coef, exp)."""
    extra = 8
    while True:
        A, sc = approx(prec + extra)
        lo = _round_sig(sign, max(A - 3, 0), sc, prec, mode)
        hi = _round_sig(sign, A + 3, sc, prec, mode)
        if lo == hi:
            return lo
        if extra > 80:
            # (near) exact result: settle on the approximation itself
            return _round_sig(sign, A, sc, prec, ROUND_HALF_EVEN)
        extra *= 2


# ------------------------------------------------------------------ Decimal

class Decimal(object):
    """A decimal floating point number."""

    __slots__ = ('_s', '_c', '_e', '_k')

    def __new__(cls, value='0', context=None):
        ctx = getcontext() if context is None else context
        if isinstance(value, Decimal):
            src = value
        elif isinstance(value, str):
            src = _parse(value)
            if src is None:
                st = [_S_CONV]
                ctx._signal(st[0])
                src = _nan()
        elif isinstance(value, int):
            src = _mk(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            ctx._signal(_S_FLOAT)
            src = _from_float(value)
        elif isinstance(value, (tuple, list)):
            src = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal:
            return src
        d = object.__new__(cls)
        d._s, d._c, d._e, d._k = src._s, src._c, src._e, src._k
        return d

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (or int)."""
        if isinstance(f, int):
            d = _mk(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # ---- inspection
    def _special(self):
        return self._k != _K_FIN

    def is_nan(self):
        return self._k >= _K_QNAN

    def is_snan(self):
        return self._k == _K_SNAN

    def is_qnan(self):
        return self._k == _K_QNAN

    def is_infinite(self):
        return self._k == _K_INF

    def is_finite(self):
        return self._k == _K_FIN

    def is_zero(self):
        return self._k == _K_FIN and self._c == 0

    def is_signed(self):
        return self._s == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._k != _K_FIN or self._c == 0:
            return False
        ctx = _ctx(context)
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._k != _K_FIN or self._c == 0:
            return False
        ctx = _ctx(context)
        return self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._k != _K_FIN:
            return 0
        return self._e + _ndig(self._c) - 1

    def as_tuple(self):
        digs = tuple(int(ch) for ch in str(self._c))
        if self._k == _K_INF:
            return DecimalTuple(self._s, (0,), 'F')
        if self._k == _K_QNAN:
            return DecimalTuple(self._s, digs if self._c else (), 'n')
        if self._k == _K_SNAN:
            return DecimalTuple(self._s, digs if self._c else (), 'N')
        return DecimalTuple(self._s, digs, self._e)

    def as_integer_ratio(self):
        if self._k == _K_INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._k != _K_FIN:
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._c
        if self._e >= 0:
            n *= 10 ** self._e
            d = 1
        else:
            d = 10 ** (-self._e)
            g = _m.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._s else n), d

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._k == _K_SNAN:
            return 'sNaN'
        if self._k == _K_QNAN:
            return 'NaN'
        sg = '-' if self._s else '+'
        if self._k == _K_INF:
            return sg + 'Infinity'
        if self._c == 0:
            return sg + 'Zero'
        if self.adjusted() < ctx.Emin:
            return sg + 'Subnormal'
        return sg + 'Normal'

    def radix(self):
        return Decimal(10)

    # ---- text
    def __str__(self):
        return self._text(getcontext().capitals, False)

    def to_eng_string(self, context=None):
        return self._text(_ctx(context).capitals, True)

    def __repr__(self):
        return "Decimal('%s')" % self._text(getcontext().capitals, False)

    def _text(self, caps, eng):
        sg = '-' if self._s else ''
        if self._k == _K_INF:
            return sg + 'Infinity'
        if self._k >= _K_QNAN:
            head = 'sNaN' if self._k == _K_SNAN else 'NaN'
            return sg + head + (str(self._c) if self._c else '')
        ds = str(self._c)
        e = self._e
        adj = e + len(ds) - 1
        if e <= 0 and adj >= -6:
            if e == 0:
                return sg + ds
            if len(ds) > -e:
                return sg + ds[:len(ds) + e] + '.' + ds[len(ds) + e:]
            return sg + '0.' + '0' * (-e - len(ds)) + ds
        ech = 'E' if caps else 'e'
        if not eng:
            body = ds[0] + ('.' + ds[1:] if len(ds) > 1 else '')
            return sg + body + ech + ('+' if adj >= 0 else '') + str(adj)
        if self._c == 0:
            tgt = -((-e) // 3) * 3
            body = '0' + ('.' + '0' * (tgt - e) if tgt > e else '')
            xp = tgt
        else:
            xp = adj - adj % 3
            left = adj - xp + 1
            if len(ds) <= left:
                body = ds + '0' * (left - len(ds))
            else:
                body = ds[:left] + '.' + ds[left:]
        if xp == 0:
            return sg + body
        return sg + body + ech + ('+' if xp > 0 else '') + str(xp)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, getcontext())

    # ---- conversions
    def __bool__(self):
        return self._k != _K_FIN or self._c != 0

    def _to_int(self, mode):
        if self._k >= _K_QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._k == _K_INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._e >= 0:
            v = self._c * 10 ** self._e
        else:
            v, _ = _cut(self._s, self._c, -self._e, mode)
        return -v if self._s else v

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __float__(self):
        if self._k == _K_SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._k == _K_QNAN:
            return float('-nan') if self._s else float('nan')
        return float(self._text(1, False))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_mk(0, 1, -n))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._k == _K_SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._k == _K_QNAN:
            return object.__hash__(self)
        if self._k == _K_INF:
            return -314159 if self._s else 314159
        M = 2305843009213693951
        if self._e >= 0:
            h = self._c * pow(10, self._e, M) % M
        else:
            inv = pow(10, M - 2, M)
            h = self._c * pow(inv, -self._e, M) % M
        if self._s:
            h = -h
        return -2 if h == -1 else h

    # ---- copies
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))

    def copy_abs(self):
        return _mk(0, self._c, self._e, self._k)

    def copy_negate(self):
        return _mk(1 - self._s, self._c, self._e, self._k)

    def copy_sign(self, other, context=None):
        o = _as_dec(other, None, True)
        return _mk(o._s, self._c, self._e, self._k)

    # ---- comparisons
    def _rich(self, other, op):
        ctx = getcontext()
        o = _cmp_operand(other, ctx, op in ('eq', 'ne'))
        if o is NotImplemented:
            return o
        if self._k >= _K_QNAN or o._k >= _K_QNAN:
            if op in ('eq', 'ne'):
                if self._k == _K_SNAN or o._k == _K_SNAN:
                    ctx._signal(_S_INV)
                return op == 'ne'
            ctx._signal(_S_INV)
            return False
        r = _cmp_finite(self, o)
        if op == 'eq':
            return r == 0
        if op == 'ne':
            return r != 0
        if op == 'lt':
            return r < 0
        if op == 'le':
            return r <= 0
        if op == 'gt':
            return r > 0
        return r >= 0

    def __eq__(self, other):
        return self._rich(other, 'eq')

    def __ne__(self, other):
        return self._rich(other, 'ne')

    def __lt__(self, other):
        return self._rich(other, 'lt')

    def __le__(self, other):
        return self._rich(other, 'le')

    def __gt__(self, other):
        return self._rich(other, 'gt')

    def __ge__(self, other):
        return self._rich(other, 'ge')

    def compare(self, other, context=None):
        return _ctx(context).compare(self, other)

    def compare_signal(self, other, context=None):
        return _ctx(context).compare_signal(self, other)

    def compare_total(self, other, context=None):
        o = _as_dec(other, None, True)
        x, y = _total(self), _total(o)
        if x == y:
            return _mk(0, 0, 0)
        return _mk(1, 1, 0) if x < y else _mk(0, 1, 0)

    def max(self, other, context=None):
        return _ctx(context).max(self, other)

    def min(self, other, context=None):
        return _ctx(context).min(self, other)

    def max_mag(self, other, context=None):
        return _ctx(context).max_mag(self, other)

    def min_mag(self, other, context=None):
        return _ctx(context).min_mag(self, other)

    # ---- arithmetic operators
    def __neg__(self):
        return getcontext().minus(self)

    def __pos__(self):
        return getcontext().plus(self)

    def __abs__(self, round=True, context=None):
        return _ctx(context).abs(self)

    def _bin(self, other, name, swap=False):
        ctx = getcontext()
        o = _as_dec(other, ctx)
        if o is NotImplemented:
            return o
        if swap:
            return getattr(ctx, name)(o, self)
        return getattr(ctx, name)(self, o)

    def __add__(self, o, context=None):
        return self._bin(o, 'add') if context is None else context.add(self, o)

    def __radd__(self, o):
        return self._bin(o, 'add', True)

    def __sub__(self, o, context=None):
        return self._bin(o, 'subtract') if context is None else context.subtract(self, o)

    def __rsub__(self, o):
        return self._bin(o, 'subtract', True)

    def __mul__(self, o, context=None):
        return self._bin(o, 'multiply') if context is None else context.multiply(self, o)

    def __rmul__(self, o):
        return self._bin(o, 'multiply', True)

    def __truediv__(self, o, context=None):
        return self._bin(o, 'divide') if context is None else context.divide(self, o)

    def __rtruediv__(self, o):
        return self._bin(o, 'divide', True)

    def __floordiv__(self, o):
        return self._bin(o, 'divide_int')

    def __rfloordiv__(self, o):
        return self._bin(o, 'divide_int', True)

    def __mod__(self, o):
        return self._bin(o, 'remainder')

    def __rmod__(self, o):
        return self._bin(o, 'remainder', True)

    def __divmod__(self, o):
        return self._bin(o, 'divmod')

    def __rdivmod__(self, o):
        return self._bin(o, 'divmod', True)

    def __pow__(self, o, mod=None):
        if mod is not None:
            ctx = getcontext()
            o2 = _as_dec(o, ctx)
            m2 = _as_dec(mod, ctx)
            if o2 is NotImplemented or m2 is NotImplemented:
                return NotImplemented
            return ctx.power(self, o2, m2)
        return self._bin(o, 'power')

    def __rpow__(self, o):
        return self._bin(o, 'power', True)

    # ---- methods that delegate to the context
    def sqrt(self, context=None):
        return _ctx(context).sqrt(self)

    def exp(self, context=None):
        return _ctx(context).exp(self)

    def ln(self, context=None):
        return _ctx(context).ln(self)

    def log10(self, context=None):
        return _ctx(context).log10(self)

    def normalize(self, context=None):
        return _ctx(context).normalize(self)

    def quantize(self, exp, rounding=None, context=None):
        return _ctx(context)._quantize(self, exp, rounding)

    def to_integral_value(self, rounding=None, context=None):
        return _ctx(context)._integral(self, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return _ctx(context)._integral(self, rounding, True)

    def fma(self, other, third, context=None):
        return _ctx(context).fma(self, other, third)

    def scaleb(self, other, context=None):
        return _ctx(context).scaleb(self, other)

    def same_quantum(self, other, context=None):
        o = _as_dec(other, None, True)
        if self._k != _K_FIN or o._k != _K_FIN:
            return (self._k >= _K_QNAN and o._k >= _K_QNAN) or (
                self._k == _K_INF and o._k == _K_INF)
        return self._e == o._e

    def remainder_near(self, other, context=None):
        return _ctx(context).remainder_near(self, other)

    def next_plus(self, context=None):
        return _ctx(context).next_plus(self)

    def next_minus(self, context=None):
        return _ctx(context).next_minus(self)

    def logb(self, context=None):
        return _ctx(context).logb(self)


def _total(d):
    """Key for compare_total: NaNs above infinities, sNaN below qNaN."""
    if d._k >= _K_QNAN:
        mag = (2, 1 if d._k == _K_QNAN else 0, d._c, 0)
    elif d._k == _K_INF:
        mag = (1, 0, 0, 0)
    else:
        n, den = d.copy_abs().as_integer_ratio()
        mag = (0, n, den, d._e)
    return _TotalKey(d._s, mag)


class _TotalKey(object):
    __slots__ = ('neg', 'mag')

    def __init__(self, neg, mag):
        self.neg = neg
        self.mag = mag

    def _cmp(self, other):
        if self.neg != other.neg:
            return -1 if self.neg else 1
        a, b = self.mag, other.mag
        r = _mag_cmp(a, b)
        return -r if self.neg else r

    def __eq__(self, other):
        return self._cmp(other) == 0

    def __lt__(self, other):
        return self._cmp(other) < 0


def _mag_cmp(a, b):
    if a[0] != b[0]:
        return -1 if a[0] < b[0] else 1
    if a[0] == 0:
        x = a[1] * b[2]
        y = b[1] * a[2]
        if x != y:
            return -1 if x < y else 1
        return (a[3] > b[3]) - (a[3] < b[3])
    return (a > b) - (a < b)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if isinstance(exp, str):
        if exp == 'F':
            return _inf(sign)
        if exp in ('n', 'N'):
            return _mk(sign, coef, 0, _K_QNAN if exp == 'n' else _K_SNAN)
        raise ValueError("string argument in the third position must be "
                         "'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _mk(sign, coef, exp)


# ------------------------------------------------------------------ Context

class Context(object):
    """Precision, rounding, exponent limits and signal state for operations."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = _DEFAULT_SETTINGS
        object.__setattr__(self, '_flagbits', 0)
        object.__setattr__(self, '_trapbits', 0)
        self.prec = base[0] if prec is None else prec
        self.rounding = base[1] if rounding is None else rounding
        self.Emin = base[2] if Emin is None else Emin
        self.Emax = base[3] if Emax is None else Emax
        self.capitals = base[4] if capitals is None else capitals
        self.clamp = base[5] if clamp is None else clamp
        if traps is None:
            object.__setattr__(self, '_trapbits', base[6])
        else:
            self.traps = traps
        if flags is not None:
            self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name == 'rounding':
            if value not in _MODES or not isinstance(value, str):
                raise TypeError(
                    'valid values for rounding are:\n'
                    '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                    '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                    '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            bits = _bits_of(value)
            object.__setattr__(self, '_flagbits' if name == 'flags'
                               else '_trapbits', bits)
            return
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'"
                                 % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    @property
    def flags(self):
        return _SignalDict(self, '_flagbits')

    @property
    def traps(self):
        return _SignalDict(self, '_trapbits')

    def __repr__(self):
        def names(bits):
            return '[' + ', '.join(s.__name__ for s in _REPR_ORDER
                                   if bits & _SIG_MASK[s]) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, names(self._flagbits),
                    names(self._trapbits)))

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax,
                          self.capitals, self.clamp,
                          [s for s in _SIGNALS if self._flagbits & _SIG_MASK[s]],
                          [s for s in _SIGNALS if self._trapbits & _SIG_MASK[s]]))

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp)
        object.__setattr__(c, '_flagbits', self._flagbits)
        object.__setattr__(c, '_trapbits', self._trapbits)
        return c

    __copy__ = copy

    def clear_flags(self):
        object.__setattr__(self, '_flagbits', 0)

    def clear_traps(self):
        object.__setattr__(self, '_trapbits', 0)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    # ---- signal delivery
    def _flags_only(self, bits):
        object.__setattr__(self, '_flagbits', self._flagbits | _norm_bits(bits))

    def _signal(self, bits):
        if not bits:
            return
        nb = _norm_bits(bits)
        object.__setattr__(self, '_flagbits', self._flagbits | nb)
        hit = nb & self._trapbits
        if not hit:
            return
        exc = None
        for s in _SIGNALS:
            if hit & _SIG_MASK[s]:
                exc = s
                break
        trapped = bits & _expand(self._trapbits)
        lst = [cls for bit, cls in _BIT_ORDER if trapped & bit]
        raise exc(lst)

    def _done(self, st, result):
        self._signal(st[0])
        return result

    # ---- construction
    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            st = [_S_CONV]
            self._signal(st[0])
            return _nan()
        d = Decimal(num, self)
        st = [0]
        if d._k >= _K_QNAN:
            return _fix_payload(d, self)
        if d._k == _K_INF:
            return d
        return self._done(st, _fit(d._s, d._c, d._e, self, st))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        st = [0]
        if d._k != _K_FIN:
            return d
        return self._done(st, _fit(d._s, d._c, d._e, self, st))

    def _half_even(self):
        c = self.copy()
        object.__setattr__(c, 'rounding', ROUND_HALF_EVEN)
        return c

    def _arg(self, x):
        return _as_dec(x, self, True)

    # ---- unary
    def plus(self, a):
        a = self._arg(a)
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF:
            return a
        s = a._s
        if a._c == 0:
            s = 1 if (a._s and self.rounding == ROUND_FLOOR) else 0
        return self._done(st, _fit(s, a._c, a._e, self, st))

    def minus(self, a):
        a = self._arg(a)
        return self.plus(_mk(1 - a._s, a._c, a._e, a._k) if a._k <= _K_INF else a)

    def abs(self, a):
        a = self._arg(a)
        if a._k <= _K_INF and a._s:
            a = _mk(0, a._c, a._e, a._k)
        return self.plus(a)

    def copy_abs(self, a):
        return self._arg(a).copy_abs()

    def copy_negate(self, a):
        return self._arg(a).copy_negate()

    def copy_sign(self, a, b):
        return self._arg(a).copy_sign(self._arg(b))

    def copy_decimal(self, a):
        return self._arg(a)

    def number_class(self, a):
        return self._arg(a).number_class(self)

    def to_sci_string(self, a):
        return self._arg(a)._text(self.capitals, False)

    def to_eng_string(self, a):
        return self._arg(a)._text(self.capitals, True)

    # ---- add / subtract
    def add(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF or b._k == _K_INF:
            if a._k == _K_INF and b._k == _K_INF and a._s != b._s:
                return self._done(st, _invalid(st))
            return a if a._k == _K_INF else b
        if a._c == 0 and b._c == 0:
            if a._s == b._s:
                s = a._s
            else:
                s = 1 if self.rounding == ROUND_FLOOR else 0
            return self._done(st, _fit(s, 0, min(a._e, b._e), self, st))
        if a._c == 0 or b._c == 0:
            z, v = (a, b) if a._c == 0 else (b, a)
            e = max(min(z._e, v._e), v._e - max(self.prec - _ndig(v._c), 0))
            c = v._c * 10 ** (v._e - e) if v._e > e else v._c
            if e > min(z._e, v._e):
                st[0] |= _S_RND
            return self._done(st, _fit(v._s, c, min(v._e, e), self, st))
        # keep tiny operands tiny: beyond the precision they only act as sticky
        if a._e < b._e:
            a, b = b, a
        # a has the larger exponent
        bad = b._e + _ndig(b._c)
        lim = min(a._e, a._e + _ndig(a._c) - self.prec - 1) - 2
        if bad < lim:
            b = _mk(b._s, 1, lim - 1)
        e = b._e
        x = a._c * 10 ** (a._e - e)
        y = b._c
        vx = -x if a._s else x
        vy = -y if b._s else y
        t = vx + vy
        if t == 0:
            s = 1 if self.rounding == ROUND_FLOOR else 0
            return self._done(st, _fit(s, 0, e, self, st))
        return self._done(st, _fit(1 if t < 0 else 0, abs(t), e, self, st))

    def subtract(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        if b._k <= _K_INF:
            b = _mk(1 - b._s, b._c, b._e, b._k)
        return self.add(a, b)

    # ---- multiply / divide
    def multiply(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            return self._done(st, r)
        s = a._s ^ b._s
        if a._k == _K_INF or b._k == _K_INF:
            if (a._k == _K_FIN and a._c == 0) or (b._k == _K_FIN and b._c == 0):
                return self._done(st, _invalid(st))
            return _inf(s)
        return self._done(st, _fit(s, a._c * b._c, a._e + b._e, self, st))

    def divide(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            return self._done(st, r)
        s = a._s ^ b._s
        if a._k == _K_INF:
            if b._k == _K_INF:
                return self._done(st, _invalid(st))
            return _inf(s)
        if b._k == _K_INF:
            st[0] |= _S_CLMP
            return self._done(st, _mk(s, 0, self.Etiny()))
        if b._c == 0:
            if a._c == 0:
                return self._done(st, _invalid(st, _S_DUND))
            st[0] |= _S_DZ
            return self._done(st, _inf(s))
        ideal = a._e - b._e
        if a._c == 0:
            return self._done(st, _fit(s, 0, ideal, self, st))
        # scale the dividend so the quotient carries prec+1 digits
        k = self.prec + 1 + _ndig(b._c) - _ndig(a._c)
        if k < 0:
            k = 0
        q, rem = divmod(a._c * 10 ** k, b._c)
        e = ideal - k
        if rem:
            if q % 10 in (0, 5):
                q += 1
        else:
            while e < ideal and q % 10 == 0:
                q //= 10
                e += 1
        return self._done(st, _fit(s, q, e, self, st))

    def _intdiv(self, a, b, st):
        """Shared kernel of divide_int/remainder/divmod on finite operands.
        Returns (q, r) Decimals unrounded or None on DivisionImpossible."""
        e = min(a._e, b._e)
        x = a._c * 10 ** (a._e - e)
        y = b._c * 10 ** (b._e - e)
        q, rr = divmod(x, y)
        if _ndig(q) > self.prec:
            return None
        return q, rr, e

    def divide_int(self, a, b):
        return self._divmod_core(a, b, 0)

    def remainder(self, a, b):
        return self._divmod_core(a, b, 1)

    def divmod(self, a, b):
        return self._divmod_core(a, b, 2)

    def _divmod_core(self, a, b, which):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            res = (r, r) if which == 2 else r
            return self._done(st, res)
        s = a._s ^ b._s
        if a._k == _K_INF:
            if b._k == _K_INF or which == 1:
                n = _invalid(st)
                return self._done(st, (n, n) if which == 2 else n)
            if which == 0:
                return _inf(s)
            n = _invalid(st)
            return self._done(st, (_inf(s), n))
        if b._k == _K_INF:
            q = _mk(s, 0, 0)
            if which == 0:
                return q
            rem = _fit(a._s, a._c, a._e, self, st)
            return self._done(st, rem if which == 1 else (q, rem))
        if b._c == 0:
            if a._c == 0:
                n = _invalid(st, _S_DUND)
                return self._done(st, (n, n) if which == 2 else n)
            if which == 1:
                return self._done(st, _invalid(st))
            st[0] |= _S_DZ
            if which == 0:
                return self._done(st, _inf(s))
            return self._done(st, (_inf(s), _invalid(st)))
        got = self._intdiv(a, b, st)
        if got is None:
            n = _invalid(st, _S_DIMP)
            return self._done(st, (n, n) if which == 2 else n)
        q, rr, e = got
        if which == 0:
            return self._done(st, _fit(s, q, 0, self, st))
        rd = _fit(a._s, rr, e, self, st)
        if which == 1:
            return self._done(st, rd)
        return self._done(st, (_fit(s, q, 0, self, st), rd))

    def remainder_near(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF or (b._k == _K_FIN and b._c == 0):
            bit = _S_DUND if (a._k == _K_FIN and a._c == 0) else _S_INV
            return self._done(st, _invalid(st, bit))
        if b._k == _K_INF:
            return self._done(st, _fit(a._s, a._c, a._e, self, st))
        e = min(a._e, b._e)
        x = a._c * 10 ** (a._e - e)
        y = b._c * 10 ** (b._e - e)
        q, rr = divmod(x, y)
        if 2 * rr > y or (2 * rr == y and q & 1):
            rr -= y
            q += 1
        if _ndig(q) > self.prec:
            return self._done(st, _invalid(st, _S_DIMP))
        sg = a._s
        if rr < 0:
            sg = 1 - sg
            rr = -rr
        return self._done(st, _fit(sg, rr, e, self, st))

    def fma(self, a, b, c):
        a = self._arg(a)
        b = self._arg(b)
        c = self._arg(c)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            if c._k == _K_SNAN:
                st[0] |= _S_INV
            return self._done(st, r)
        s = a._s ^ b._s
        if a._k == _K_INF or b._k == _K_INF:
            if (a._k == _K_FIN and a._c == 0) or (b._k == _K_FIN and b._c == 0):
                return self._done(st, _invalid(st))
            prod = _inf(s)
        else:
            prod = _mk(s, a._c * b._c, a._e + b._e)
        r = _nan_result(c, None, self, st)
        if r is not None:
            return self._done(st, r)
        return self.add(prod, c)

    # ---- power
    def power(self, a, b, modulo=None):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        if modulo is not None:
            return self._powmod(a, b, self._arg(modulo))
        r = _nan_result(a, b, self, st)
        if r is not None:
            return self._done(st, r)
        b_int = b._k == _K_FIN and (b._e >= 0 or b._c % 10 ** (-b._e) == 0)
        b_odd = False
        if b_int:
            bv = b._to_int(ROUND_DOWN)
            b_odd = bv & 1 == 1
        if a._k == _K_FIN and a._c == 0:
            if b._k == _K_FIN and b._c == 0:
                return self._done(st, _invalid(st))
            s = a._s if b_odd else 0
            if b._s:
                return _inf(s)
            return _mk(s, 0, 0)
        if a._s and not b_int:
            return self._done(st, _invalid(st))
        s = 1 if (a._s and b_odd) else 0
        if b._k == _K_FIN and b._c == 0:
            return self._done(st, _fit(0, 1, 0, self, st))
        if a._k == _K_INF:
            if b._s:
                return _mk(s, 0, 0)
            return _inf(s)
        if b._k == _K_INF:
            c1 = _cmp_finite(a.copy_abs(), _mk(0, 1, 0))
            if c1 == 0:
                st[0] |= _S_INEX | _S_RND
                return self._done(st, _fit(0, 10 ** (self.prec - 1),
                                           1 - self.prec, self, st))
            if (c1 > 0) != bool(b._s):
                return _inf(0)
            return _mk(0, 0, 0)
        if b_int:
            return self._int_power(a, bv, s, st)
        return self._gen_power(a, b, st)

    def _int_power(self, a, n, s, st):
        # estimate the size of |a|**n first
        lg = a._e + math_log10_coef(a._c)
        est = lg * n
        if est > self.Emax + 2:
            return self._done(st, _fit(s, 1, self.Emax + 5, self, st))
        if est < self.Etiny() - 3:
            return self._done(st, _fit(s, 1, self.Etiny() - 5, self, st))
        if abs(n) * _ndig(a._c) > 20000:
            return self._gen_power(a, _mk(1 if n < 0 else 0, abs(n), 0), st, s)
        # like libmpdec: square-and-multiply at a few extra digits,
        # rounding half-even at each step, then one final rounding
        m = abs(n)
        wp = self.prec + len(str(m)) + 2 + (1 if n < 0 else 0)
        work = Context(prec=wp, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN,
                       Emax=MAX_EMAX, traps=[])
        base = _mk(0, a._c, a._e)
        if n < 0:
            base = work.divide(_mk(0, 1, 0), base)
        res = _mk(0, 1, 0)
        while m:
            if m & 1:
                res = work.multiply(res, base)
            m >>= 1
            if m:
                base = work.multiply(base, base)
        if work._flagbits & _S_INEX:
            st[0] |= _S_INEX | _S_RND
        return self._done(st, _fit(s, res._c, res._e, self, st))

    def _gen_power(self, a, b, st, sign=0):
        prec = self.prec
        if _is_pow10(a._c) and a.adjusted() == 0:
            st[0] |= _S_INEX | _S_RND
            return self._done(st, _fit(sign, 10 ** (prec - 1), 1 - prec, self, st))
        def approx(p):
            g = p + 5 + len(str(abs(b.adjusted()))) + len(str(abs(a.adjusted())))
            L = _ln_fixed(a._c, a._e, g)            # ln|a| * 10**g
            y = b._c * L
            sh = b._e
            if sh >= 0:
                y *= 10 ** sh
            else:
                y = y // 10 ** (-sh) if y >= 0 else -((-y) // 10 ** (-sh))
            if b._s:
                y = -y
            return _exp_parts(y, g, p)
        adj_guess = float(b) * (_m.log10(a._c) + a._e) if a._c else 0.0
        if adj_guess > self.Emax + 2:
            return self._done(st, _fit(sign, 1, self.Emax + 5, self, st))
        if adj_guess < self.Etiny() - 3:
            return self._done(st, _fit(sign, 1, self.Etiny() - 5, self, st))
        c, e = _ziv(approx, prec, sign, self.rounding)
        st[0] |= _S_INEX | _S_RND
        return self._done(st, _fit(sign, c, e, self, st))

    def _powmod(self, a, b, m):
        st = [0]
        for x in (a, b, m):
            if x._k != _K_FIN or x._e < 0 and x._c % 10 ** (-x._e):
                return self._done(st, _invalid(st))
        av, bv, mv = a._to_int(ROUND_DOWN), b._to_int(ROUND_DOWN), m._to_int(ROUND_DOWN)
        if bv < 0 or mv == 0 or _ndig(abs(mv)) > self.prec or (av == 0 and bv == 0):
            return self._done(st, _invalid(st))
        r = pow(abs(av), bv, abs(mv))
        sgn = 1 if (av < 0 and bv & 1) else 0
        return _mk(sgn, r, 0)

    # ---- roots and transcendentals
    def sqrt(self, a):
        a = self._arg(a)
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF:
            if a._s:
                return self._done(st, _invalid(st))
            return a
        ideal = a._e // 2
        if a._c == 0:
            return self._done(st, _fit(a._s, 0, ideal, self, st))
        if a._s:
            return self._done(st, _invalid(st))
        c, e = a._c, a._e
        if e & 1:
            c *= 10
            e -= 1
        want = 2 * (self.prec + 1) - _ndig(c)
        k = max((want + 1) // 2, 0)
        c *= 10 ** (2 * k)
        e -= 2 * k
        root = _m.isqrt(c)
        re_ = e // 2
        if root * root == c:
            while re_ < ideal and root % 10 == 0:
                root //= 10
                re_ += 1
        elif root % 10 in (0, 5):
            root += 1
        res = _fit(0, root, re_, self._half_even(), st)
        return self._done(st, res)

    def exp(self, a):
        a = self._arg(a)
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF:
            return _mk(0, 0, 0) if a._s else a
        if a._c == 0:
            return _mk(0, 1, 0)
        adj = a.adjusted()
        # magnitude checks before any big computation
        he = self._half_even()
        fa = float(a) if adj < 400 else (-1e400 if a._s else 1e400)
        if fa > 2.3026 * (self.Emax + 2):
            return self._done(st, _fit(0, 1, self.Emax + 2, he, st))
        if fa < 2.3026 * (self.Etiny() - 3):
            return self._done(st, _fit(0, 1, self.Etiny() - 2, he, st))
        prec = self.prec

        def approx(p):
            g = p + 6 + max(adj, 0)
            sh = a._e + g
            X = a._c * 10 ** sh if sh >= 0 else a._c // 10 ** (-sh)
            if a._s:
                X = -X
            return _exp_parts(X, g, p)
        c, e = _ziv(approx, prec, 0)
        st[0] |= _S_INEX | _S_RND
        return self._done(st, _fit(0, c, e, he, st))

    def _log_common(self, a, ten):
        a = self._arg(a)
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_FIN and a._c == 0:
            return _inf(1)
        if a._s:
            return self._done(st, _invalid(st))
        if a._k == _K_INF:
            return a
        # exact cases
        if _is_pow10(a._c):
            k = a._e + _ndig(a._c) - 1
            if k == 0 or ten:
                return self._done(st, _fit(1 if k < 0 else 0, abs(k), 0, self, st))
        prec = self.prec
        adj = a.adjusted()

        def approx(p):
            # estimate magnitude of the result to decide fixed-point digits
            mag = len(str(abs(adj))) + 1
            g = p + 4
            # near 1 the result is tiny: add leading-zero room
            if adj in (0, -1):
                dev = _dev_from_one(a)
                g += dev
            L = _ln_fixed(a._c, a._e, g)
            if ten:
                L10 = _ln10(g + 4)
                L = (L * 10 ** (g + 4)) // L10
            return L, -g
        c, e = _ziv_signed(approx, prec)
        st[0] |= _S_INEX | _S_RND
        return self._done(st, _fit(c[0], c[1], e, self._half_even(), st))

    def ln(self, a):
        return self._log_common(a, False)

    def log10(self, a):
        return self._log_common(a, True)

    def logb(self, a):
        a = self._arg(a)
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF:
            return _inf(0)
        if a._c == 0:
            st[0] |= _S_DZ
            return self._done(st, _inf(1))
        v = a.adjusted()
        return self._done(st, _fit(1 if v < 0 else 0, abs(v), 0, self, st))

    # ---- comparisons
    def compare(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            return self._done(st, r)
        v = _cmp_finite(a, b)
        return _mk(1 if v < 0 else 0, abs(v), 0)

    def compare_signal(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        if a._k >= _K_QNAN or b._k >= _K_QNAN:
            st = [_S_INV]
            return self._done(st, _nan())
        return self.compare(a, b)

    def compare_total(self, a, b):
        return self._arg(a).compare_total(self._arg(b))

    def _pick(self, a, b, want_max, mag):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        if a._k == _K_SNAN or b._k == _K_SNAN:
            return self._done(st, _nan_result(a, b, self, st))
        if a._k == _K_QNAN and b._k == _K_QNAN:
            return _fix_payload(a, self)
        if a._k == _K_QNAN:
            a = b
        elif b._k == _K_QNAN:
            b = a
        if mag:
            v = _cmp_finite(a.copy_abs(), b.copy_abs())
            if v == 0:
                v = _cmp_finite(a, b)
        else:
            v = _cmp_finite(a, b)
        if v == 0:
            # equal numerically: order by sign then exponent
            if a._s != b._s:
                v = -1 if a._s else 1
            elif a._k == _K_FIN and b._k == _K_FIN and a._e != b._e:
                v = 1 if (a._e > b._e) != bool(a._s) else -1
        pick = a if (v >= 0) == want_max else b
        if v == 0:
            pick = a
        if pick._k == _K_INF:
            return pick
        return self._done(st, _fit(pick._s, pick._c, pick._e, self, st))

    def max(self, a, b):
        return self._pick(a, b, True, False)

    def min(self, a, b):
        return self._pick(a, b, False, False)

    def max_mag(self, a, b):
        return self._pick(a, b, True, True)

    def min_mag(self, a, b):
        return self._pick(a, b, False, True)

    # ---- exponent manipulation
    def _quantize(self, a, q, rounding=None):
        a = self._arg(a)
        q = self._arg(q)
        st = [0]
        mode = self.rounding if rounding is None else rounding
        if rounding is not None and rounding not in _MODES:
            raise TypeError('invalid rounding mode')
        r = _nan_result(a, q, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF or q._k == _K_INF:
            if a._k == _K_INF and q._k == _K_INF:
                return a
            return self._done(st, _invalid(st))
        e = q._e
        if not (self.Etiny() <= e <= self.Emax):
            return self._done(st, _invalid(st))
        if a._c == 0:
            return self._done(st, _mk(a._s, 0, e))
        bits = 0
        if e >= a._e:
            c, inexact = _cut(a._s, a._c, e - a._e, mode)
            if e > a._e:
                bits |= _S_RND
            if inexact:
                bits |= _S_INEX
        else:
            c = a._c * 10 ** (a._e - e)
        if _ndig(c) > self.prec or (c and _ndig(c) + e - 1 > self.Emax):
            return self._done(st, _invalid(st))
        st[0] |= bits
        if c and _ndig(c) + e - 1 < self.Emin:
            st[0] |= _S_SUB
            if st[0] & _S_INEX:
                st[0] |= _S_UNF
        if self.clamp and e > self.Etop():
            c *= 10 ** (e - self.Etop())
            e = self.Etop()
            st[0] |= _S_CLMP
        return self._done(st, _mk(a._s, c, e))

    def quantize(self, a, b):
        return self._quantize(a, b)

    def _integral(self, a, rounding, exact):
        a = self._arg(a)
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF or a._e >= 0:
            return a
        mode = self.rounding if rounding is None else rounding
        c, inexact = _cut(a._s, a._c, -a._e, mode)
        if exact and a._c:
            st[0] |= _S_RND
            if inexact:
                st[0] |= _S_INEX
            return self._done(st, _mk(a._s, c, 0))
        return _mk(a._s, c, 0)

    def to_integral_value(self, a):
        return self._integral(a, None, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._integral(a, None, True)

    def normalize(self, a):
        a = self._arg(a)
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF:
            return a
        d = _fit(a._s, a._c, a._e, self, st)
        if d._k == _K_INF:
            return self._done(st, d)
        if d._c == 0:
            return self._done(st, _mk(d._s, 0, 0))
        c, e = d._c, d._e
        top = self.Etop() if self.clamp else self.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return self._done(st, _mk(d._s, c, e))

    reduce = normalize

    def scaleb(self, a, b):
        a = self._arg(a)
        b = self._arg(b)
        st = [0]
        r = _nan_result(a, b, self, st)
        if r is not None:
            return self._done(st, r)
        if b._k != _K_FIN or b._e != 0:
            return self._done(st, _invalid(st))
        lim = 2 * (self.Emax + self.prec)
        bv = b._to_int(ROUND_DOWN)
        if abs(bv) > lim:
            return self._done(st, _invalid(st))
        if a._k == _K_INF:
            return a
        return self._done(st, _fit(a._s, a._c, a._e + bv, self, st))

    def same_quantum(self, a, b):
        return self._arg(a).same_quantum(self._arg(b))

    def next_plus(self, a):
        a = self._arg(a)
        return self._step(a, 1)

    def next_minus(self, a):
        a = self._arg(a)
        return self._step(a, -1)

    def _step(self, a, d):
        st = [0]
        r = _nan_result(a, None, self, st)
        if r is not None:
            return self._done(st, r)
        if a._k == _K_INF:
            if (a._s == 0) == (d > 0):
                return a
            return _mk(a._s, 10 ** self.prec - 1, self.Etop())
        sub = self.copy()
        object.__setattr__(sub, '_trapbits', 0)
        object.__setattr__(sub, 'rounding', ROUND_CEILING if d > 0 else ROUND_FLOOR)
        tiny = _mk(0 if d > 0 else 1, 1, self.Etiny() - 1)
        return sub.add(a, tiny)

    # ---- predicates
    def is_nan(self, a):
        return self._arg(a).is_nan()

    def is_snan(self, a):
        return self._arg(a).is_snan()

    def is_qnan(self, a):
        return self._arg(a).is_qnan()

    def is_infinite(self, a):
        return self._arg(a).is_infinite()

    def is_finite(self, a):
        return self._arg(a).is_finite()

    def is_zero(self, a):
        return self._arg(a).is_zero()

    def is_signed(self, a):
        return self._arg(a).is_signed()

    def is_normal(self, a):
        return self._arg(a).is_normal(self)

    def is_subnormal(self, a):
        return self._arg(a).is_subnormal(self)

    def is_canonical(self, a):
        return True

    def radix(self):
        return Decimal(10)


def _exp_parts(y, g, p):
    """exp(y / 10**g) as (A, scale) with about p+2 significant digits."""
    L10 = _ln10(g + 4) // 10 ** 4
    k = y // L10
    rem = y - k * L10                  # in [0, ln10) * 10**g
    v = _exp_fixed(rem, g)             # exp(rem) * 10**g, in [1, 10)
    return v, k - g


def _ziv_signed(approx, prec):
    extra = 8
    while True:
        A, sc = approx(prec + extra)
        sg = 1 if A < 0 else 0
        a = abs(A)
        lo = _round_sig(sg, max(a - 4, 0), sc, prec, ROUND_HALF_EVEN)
        hi = _round_sig(sg, a + 4, sc, prec, ROUND_HALF_EVEN)
        if lo == hi and _ndig(a) > prec + 2:
            return (sg, lo[0]), lo[1]
        extra *= 2


def _dev_from_one(a):
    """How many leading digits a shares with 1 (for ln near 1)."""
    e = min(a._e, 0)
    x = a._c * 10 ** (a._e - e) - 10 ** (-e)
    if x == 0:
        return 0
    return max(-e - _ndig(abs(x)), 0) + 2


def _is_pow10(c):
    s = str(c)
    return s[0] == '1' and s.count('0') == len(s) - 1


def math_log10_coef(c):
    s = str(c)
    return _m.log10(int(s[:15]) if len(s) > 15 else c) + max(len(s) - 15, 0)


_BAD_SIGNAL = ('valid values for signals are:\n'
               '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
               '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
               '   Clamped]')


def _bits_of(value):
    """Signal bit set from a full signal dict or an iterable of signals."""
    bits = 0
    if isinstance(value, (dict, _SignalDict)):
        keys = list(value.keys())
        if len(keys) != len(_SIGNALS) or any(k not in _SIG_MASK for k in keys):
            raise KeyError('invalid signal dict')
        for k in keys:
            if value[k]:
                bits |= _SIG_MASK[k]
        return bits
    for k in value:
        if k not in _SIG_MASK:
            raise KeyError(_BAD_SIGNAL)
        bits |= _SIG_MASK[k]
    return bits


def _norm_bits(bits):
    """Fold the InvalidOperation conditions into the InvalidOperation bit set."""
    if bits & _ANY_INV:
        bits |= _ANY_INV
    return bits


def _expand(bits):
    return _norm_bits(bits)


class _SignalDict(object):
    """Live mapping view signal -> bool over a context's bit set."""

    def __init__(self, ctx, slot):
        self._ctx = ctx
        self._slot = slot

    def _bits(self):
        return getattr(self._ctx, self._slot)

    def __getitem__(self, k):
        if k not in _SIG_MASK:
            raise KeyError(_BAD_SIGNAL)
        return bool(self._bits() & _SIG_MASK[k])

    def __setitem__(self, k, v):
        if k not in _SIG_MASK:
            raise KeyError(_BAD_SIGNAL)
        b = self._bits()
        b = (b | _SIG_MASK[k]) if v else (b & ~_SIG_MASK[k])
        object.__setattr__(self._ctx, self._slot, b)

    def __delitem__(self, k):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, k):
        return k in _SIG_MASK

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[k] for k in _SIGNALS]

    def items(self):
        return [(k, self[k]) for k in _SIGNALS]

    def get(self, k, default=None):
        return self[k] if k in _SIG_MASK else default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        return self.copy() == other

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (k, self[k]) for k in _SIGNALS) + '}'


# ---------------------------------------------------------------- format

def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zneg = False
    if i < n and spec[i] == 'z':
        zneg = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        raise ValueError('invalid format string')
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    group = ''
    if i < n and spec[i] == ',':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgG%n'):
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    if align is None:
        align = '>'
    return fill, align, sign, zneg, alt, width, group, prec, typ


def _format(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError('format spec must be a string')
    fill, align, sgnopt, zneg, alt, width, group, prec, typ = _parse_spec(spec)
    zfill = _zero_flag(spec)
    if typ == 'n':
        typ = 'g'
        group = ''
    neg = d._s == 1
    if d._k != _K_FIN:
        body = 'Infinity' if d._k == _K_INF else (
            ('sNaN' if d._k == _K_SNAN else 'NaN') + (str(d._c) if d._c else ''))
        if typ == '%':
            body += '%'
        if fill == '0' and align == '=' and zfill:
            fill, align = ' ', '>'
        return _pad(neg, sgnopt, '', body, fill, align, width, False, '')
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
    mode = ctx.rounding
    c, e = d._c, d._e
    if typ == '%':
        e += 2
    if prec is not None:
        if typ in 'eE':
            want = prec + 1
            nd = _ndig(c)
            if c == 0:
                e = e - 0
            elif nd > want:
                c, _ = _cut(d._s, c, nd - want, mode)
                e += nd - want
                if _ndig(c) > want:
                    c //= 10
                    e += 1
            elif nd < want:
                c *= 10 ** (want - nd)
                e -= want - nd
        elif typ in 'fF%':
            if e < -prec:
                c, _ = _cut(d._s, c, -prec - e, mode)
            else:
                c *= 10 ** (e + prec)
            e = -prec
        else:
            p = max(prec, 1)
            nd = _ndig(c)
            if nd > p:
                c, _ = _cut(d._s, c, nd - p, mode)
                e += nd - p
                if _ndig(c) > p:
                    c //= 10
                    e += 1
    if c == 0 and e > 0 and typ in 'fF%':
        e = 0
    ds = str(c)
    left = e + len(ds)
    if typ in 'eE':
        dot = 1 - prec if (c == 0 and prec is not None) else 1
    elif typ in 'fF%':
        dot = left
    else:
        dot = left if (e <= 0 and left > -6) else 1
    if dot <= 0:
        ip = '0'
        fp = '0' * (-dot) + ds
    elif dot >= len(ds):
        ip = ds + '0' * (dot - len(ds))
        fp = ''
    else:
        ip = ds[:dot]
        fp = ds[dot:]
    xp = left - dot
    tail = ''
    if fp or alt:
        tail = '.' + fp
    if xp != 0 or typ in 'eE':
        ech = 'E' if typ in 'EG' else 'e'
        tail += ech + ('+' if xp >= 0 else '-') + str(abs(xp))
    if typ == '%':
        tail += '%'
    if zneg and c == 0:
        neg = False
    return _pad(neg, sgnopt, ip, tail, fill, align, width, True, group)


def _zero_flag(spec):
    """True when the spec names no alignment (so '0' came from the zero flag)."""
    return not (spec[:1] in ('<', '>', '=', '^') or spec[1:2] in ('<', '>', '=', '^'))


def _group(ip, sep, minw):
    """Insert sep every 3 digits; pad with zeros to reach minw chars."""
    while True:
        parts = []
        s = ip
        while len(s) > 3:
            parts.append(s[-3:])
            s = s[:-3]
        parts.append(s)
        out = sep.join(reversed(parts))
        if len(out) >= minw:
            return out
        ip = '0' + ip


def _pad(neg, sgnopt, ip, tail, fill, align, width, numeric, group):
    sg = '-' if neg else ('+' if sgnopt == '+' else (' ' if sgnopt == ' ' else ''))
    if numeric and group:
        minw = 0
        if align == '=' and fill == '0':
            minw = width - len(sg) - len(tail)
        ip = _group(ip, group, minw)
    body = ip + tail
    gap = width - len(sg) - len(body)
    if gap <= 0:
        return sg + body
    if align == '<':
        return sg + body + fill * gap
    if align == '^':
        h = gap // 2
        return fill * h + sg + body + fill * (gap - h)
    if align == '=':
        return sg + fill * gap + body
    return fill * gap + sg + body


# ------------------------------------------------------------ current context

_DEFAULT_SETTINGS = [28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                     _ANY_INV | _S_DZ | _S_OVF]

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = [None]


def getcontext():
    """The context for the running code (a copy of DefaultContext at first)."""
    c = _current[0]
    if c is None:
        c = DefaultContext.copy()
        _current[0] = c
    return c


def setcontext(context):
    """Make `context` current (the default contexts are copied first)."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _current[0] = context


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


class _LocalContext(object):
    """Context manager installing a copy of a context for a with-block."""

    def __init__(self, ctx):
        self._new = ctx
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of ctx (or the current context),
    with the given attributes changed."""
    base = getcontext() if ctx is None else ctx
    if not isinstance(base, Context):
        raise TypeError('optional argument must be a context')
    new = base.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % k)
        setattr(new, k, v)
    return _LocalContext(new)


try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
    del _numbers
except ImportError:
    pass
