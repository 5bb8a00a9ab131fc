"""Exact rational numbers: the Fraction type (gilvm's own implementation).

A Fraction keeps a numerator and a positive denominator with no common factor.
Arithmetic with ints and Fractions stays exact; mixing in a float or a complex
converts the Fraction first and gives a float or complex.
"""

import math
import numbers
import operator
import sys


def _is_decimal(x):
    """Is x a decimal.Decimal? (decimal is not imported here: if it was never
    imported, x cannot be one.)"""
    module = sys.modules.get("decimal")
    return module is not None and isinstance(x, module.Decimal)

__all__ = ["Fraction"]

_MODULUS = sys.hash_info.modulus
_HASH_OF_INF = sys.hash_info.inf
_ALIGNS = "<>=^"


# ---------------------------------------------------------------------------
# Parsing the string forms: '3', '-3/4', ' 1.5e-3 ', '1_000/7'

def _digit_run(text, pos):
    """Return the end of a run of digits at POS (single underscores allowed
    between digits), or POS when there is no digit there."""
    end = pos
    size = len(text)
    while end < size and text[end].isdecimal():
        end += 1
        if end + 1 < size and text[end] == "_" and text[end + 1].isdecimal():
            end += 1
    return end


def _parse_literal(source):
    """Turn a numeric string into (numerator, denominator), or None."""
    text = source.strip()
    pos = 0
    negative = False
    if text[:1] in ("+", "-"):
        negative = text[0] == "-"
        pos = 1
    stop = _digit_run(text, pos)
    whole = text[pos:stop].replace("_", "")
    pos = stop
    bottom = 1
    rest = text[pos:]
    slash_at = rest.find("/")
    if slash_at >= 0 and rest[:slash_at].strip() == "":
        if not whole:
            return None
        after = rest[slash_at + 1:].lstrip()
        end = _digit_run(after, 0)
        if end == 0 or end != len(after):
            return None
        top = int(whole)
        bottom = int(after[:end].replace("_", ""))
    else:
        fraction_digits = ""
        if rest[:1] == ".":
            end = _digit_run(text, pos + 1)
            fraction_digits = text[pos + 1:end].replace("_", "")
            pos = end
        if not whole and not fraction_digits:
            return None
        top = int(whole or "0")
        if fraction_digits:
            top = top * 10 ** len(fraction_digits) + int(fraction_digits)
            bottom = 10 ** len(fraction_digits)
        if text[pos:pos + 1] in ("e", "E"):
            start = pos + 1
            if text[start:start + 1] in ("+", "-"):
                start += 1
            end = _digit_run(text, start)
            if end == start:
                return None
            power = int(text[pos + 1:end].replace("_", ""))
            pos = end
            if power >= 0:
                top *= 10 ** power
            else:
                bottom *= 10 ** -power
        if pos != len(text):
            return None
    return (-top if negative else top), bottom


# ---------------------------------------------------------------------------
# Building instances

def _bare(cls, top, bottom):
    """An instance of CLS holding TOP/BOTTOM, which must already be reduced."""
    made = object.__new__(cls)
    made._top = top
    made._bottom = bottom
    return made


def _reduced(top, bottom):
    """A Fraction for TOP/BOTTOM, reduced; BOTTOM must be nonzero."""
    common = math.gcd(top, bottom)
    if bottom < 0:
        common = -common
    if common != 1:
        top //= common
        bottom //= common
    return _bare(Fraction, top, bottom)


def _ratio_of(x):
    """(numerator, denominator) of an int or a Fraction, else None."""
    if isinstance(x, Fraction):
        return x._top, x._bottom
    if isinstance(x, int):
        return int(x), 1
    return None


# ---------------------------------------------------------------------------
# Exact kernels on (numerator, denominator) pairs; each returns a result value.

def _plus(a, b, c, d):
    if b == d:
        return _reduced(a + c, b)
    return _reduced(a * d + c * b, b * d)

def _minus(a, b, c, d):
    if b == d:
        return _reduced(a - c, b)
    return _reduced(a * d - c * b, b * d)

def _times(a, b, c, d):
    return _reduced(a * c, b * d)

def _over(a, b, c, d):
    if c == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % d)
    return _reduced(a * d, b * c)

def _floor_over(a, b, c, d):
    return (a * d) // (b * c)

def _remainder(a, b, c, d):
    return _reduced((a * d) % (c * b), b * d)

def _quot_rem(a, b, c, d):
    whole, left = divmod(a * d, b * c)
    return whole, _reduced(left, b * d)


def _pair_of_methods(kernel, generic, name):
    """Make __NAME__ and __rNAME__ for Fraction from an exact KERNEL and the
    GENERIC operation used once a float or complex is involved."""

    def forward(self, other):
        pair = _ratio_of(other)
        if pair is not None:
            return kernel(self._top, self._bottom, pair[0], pair[1])
        if isinstance(other, float):
            return generic(float(self), other)
        if isinstance(other, complex):
            return generic(complex(self), other)
        return NotImplemented

    def backward(self, other):
        if isinstance(other, int):
            return kernel(int(other), 1, self._top, self._bottom)
        if isinstance(other, numbers.Rational):
            return kernel(other.numerator, other.denominator, self._top, self._bottom)
        if isinstance(other, numbers.Real):
            return generic(float(other), float(self))
        if isinstance(other, numbers.Complex):
            return generic(complex(other), complex(self))
        return NotImplemented

    forward.__name__ = "__%s__" % name
    backward.__name__ = "__r%s__" % name
    forward.__qualname__ = "Fraction." + forward.__name__
    backward.__qualname__ = "Fraction." + backward.__name__
    return forward, backward


# ---------------------------------------------------------------------------
# Formatting helpers (float-style presentation types e E f F g G %)

def _nearest_multiple(top, bottom, exp10):
    """round(top / bottom / 10**exp10) with ties to even, as an int."""
    if exp10 >= 0:
        bottom *= 10 ** exp10
    else:
        top *= 10 ** -exp10
    whole, left = divmod(top, bottom)
    twice = 2 * left
    if twice > bottom or (twice == bottom and whole & 1):
        whole += 1
    return whole


def _significant(top, bottom, figures):
    """(digits, exp10) with digits a FIGURES-digit int and
    abs(top/bottom) ~= digits * 10**exp10; zero gives (0, 1 - figures)."""
    top = abs(top)
    if top == 0:
        return 0, 1 - figures
    # top/bottom lies in [10**(m-1), 10**(m+1)) for this m; refine below
    m = len(str(top)) - len(str(bottom))
    if top * 10 ** max(-m, 0) >= bottom * 10 ** max(m, 0):
        m += 1
    exp10 = m - figures
    digits = _nearest_multiple(top, bottom, exp10)
    if digits >= 10 ** figures:
        digits //= 10
        exp10 += 1
    return digits, exp10


def _parse_spec(spec):
    """Split a float-style format spec into a dict, or None if it is not one."""
    out = {"fill": " ", "align": None, "sign": "", "z": False, "alt": False,
           "zero": False, "width": 0, "sep": "", "prec": 6, "type": ""}
    pos = 0
    if len(spec) >= 2 and spec[1] in _ALIGNS:
        out["fill"], out["align"], pos = spec[0], spec[1], 2
    elif spec[:1] and spec[0] in _ALIGNS:
        out["align"], pos = spec[0], 1
    if spec[pos:pos + 1] in ("+", "-", " ") and spec[pos:pos + 1]:
        out["sign"] = spec[pos]
        pos += 1
    if spec[pos:pos + 1] == "z":
        out["z"] = True
        pos += 1
    if spec[pos:pos + 1] == "#":
        out["alt"] = True
        pos += 1
    if spec[pos:pos + 1] == "0" and spec[pos + 1:pos + 2].isdigit():
        out["zero"] = True
        pos += 1
    if spec[pos:pos + 1] == "0":
        pos += 1
    else:
        start = pos
        while pos < len(spec) and spec[pos] in "0123456789":
            pos += 1
        if pos > start:
            out["width"] = int(spec[start:pos])
    if spec[pos:pos + 1] in (",", "_") and spec[pos:pos + 1]:
        out["sep"] = spec[pos]
        pos += 1
    if spec[pos:pos + 1] == ".":
        start = pos + 1
        pos = start
        while pos < len(spec) and spec[pos] in "0123456789":
            pos += 1
        precision = spec[start:pos]
        if not precision or (len(precision) > 1 and precision[0] == "0"):
            return None
        out["prec"] = int(precision)
    if pos != len(spec) - 1 or spec[pos] not in "eEfFgG%":
        return None
    out["type"] = spec[pos]
    return out


def _group(digits, sep):
    """Insert SEP between groups of three digits, counting from the right."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    for at in range(head, len(digits), 3):
        parts.append(digits[at:at + 3])
    return sep.join(parts)


def _render(top, bottom, spec, type_name):
    opts = _parse_spec(spec)
    if opts is None:
        raise ValueError("Invalid format specifier %r for object of type %r"
                         % (spec, type_name))
    if opts["align"] is not None and opts["zero"]:
        raise ValueError("Invalid format specifier %r for object of type %r; "
                         "can't use explicit alignment when zero-padding"
                         % (spec, type_name))
    kind = opts["type"]
    prec = opts["prec"]
    negative = top < 0
    exponent_text = ""
    if kind in "fF%":
        after_point = prec
        digits = _nearest_multiple(abs(top), bottom, -prec - (2 if kind == "%" else 0))
        if opts["z"] and digits == 0:
            negative = False
    else:
        figures = max(prec, 1) if kind in "gG" else prec + 1
        digits, exp10 = _significant(top, bottom, figures)
        decimal_exp = exp10 + figures - 1
        use_exponent = kind in "eE" or not (-4 <= decimal_exp < figures)
        if use_exponent:
            after_point = figures - 1
            letter = "E" if kind in "EG" else "e"
            exponent_text = "%s%+03d" % (letter, decimal_exp)
        else:
            after_point = -exp10
    text = str(digits).rjust(after_point + 1, "0")
    int_part = text[:len(text) - after_point]
    frac_part = text[len(text) - after_point:]
    if kind in "gG" and not opts["alt"]:
        frac_part = frac_part.rstrip("0")
    tail = frac_part
    if frac_part or opts["alt"]:
        tail = "." + frac_part
    tail += exponent_text + ("%" if kind == "%" else "")
    sign = "-" if negative else ("" if opts["sign"] == "-" else opts["sign"])
    width = opts["width"]
    if opts["zero"]:
        room = width - len(sign) - len(tail)
        if opts["sep"]:
            room = 3 * room // 4 + 1
        int_part = int_part.rjust(room, "0")
    if opts["sep"]:
        int_part = _group(int_part, opts["sep"])
    body = int_part + tail
    pad = max(width - len(sign) - len(body), 0)
    align = opts["align"] or ">"
    fill = opts["fill"]
    if align == "<":
        return sign + body + fill * pad
    if align == "=":
        return sign + fill * pad + body
    if align == "^":
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    return fill * pad + sign + body


def _hash_ratio(top, bottom):
    """hash() of top/bottom, agreeing with int, float and Decimal hashes."""
    if bottom % _MODULUS == 0:
        magnitude = _HASH_OF_INF
    else:
        magnitude = (abs(top) % _MODULUS) * pow(bottom, -1, _MODULUS) % _MODULUS
    value = magnitude if top >= 0 else -magnitude
    return -2 if value == -1 else value


def _exact_from_float(cls, x):
    top, bottom = x.as_integer_ratio()
    return _bare(cls, top, bottom)


def _convert_exact(cls, value, kind, method, plural):
    """Shared body of from_float and from_decimal: VALUE must be a KIND or an
    integer; the result is its exact value as a CLS."""
    if isinstance(value, numbers.Integral):
        return _bare(cls, int(value), 1)
    if isinstance(value, kind):
        top, bottom = value.as_integer_ratio()
        return _bare(cls, top, bottom)
    raise TypeError("%s.%s() only takes %s, not %r (%s)"
                    % (cls.__name__, method, plural, value, type(value).__name__))


class Fraction(numbers.Rational):
    """A rational number numerator/denominator held exactly.

    Fraction(7, -14) == Fraction(-1, 2); Fraction('3/4'), Fraction('1.25e2'),
    Fraction(0.5) and Fraction(other_rational) also work.
    """

    __slots__ = ("_top", "_bottom")

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return _bare(cls, numerator, 1)
            if isinstance(numerator, numbers.Rational):
                return _bare(cls, numerator.numerator, numerator.denominator)
            if isinstance(numerator, float) or _is_decimal(numerator):
                top, bottom = numerator.as_integer_ratio()
                return _bare(cls, top, bottom)
            if isinstance(numerator, str):
                parsed = _parse_literal(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                top, bottom = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            top, bottom = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if bottom == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % top)
        common = math.gcd(top, bottom)
        if bottom < 0:
            common = -common
        return _bare(cls, top // common, bottom // common)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float F as a Fraction."""
        return _convert_exact(cls, f, float, "from_float", "floats")

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal DEC as a Fraction."""
        from decimal import Decimal
        return _convert_exact(cls, dec, Decimal, "from_decimal", "Decimals")

    numerator = property(lambda self: self._top, doc="The numerator, in lowest terms.")
    denominator = property(lambda self: self._bottom, doc="The positive denominator.")

    def is_integer(self):
        """True when the value is a whole number."""
        return self._bottom == 1

    def as_integer_ratio(self):
        """(numerator, denominator), in lowest terms."""
        return (self._top, self._bottom)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is <= max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        top, bottom = self._top, self._bottom
        if bottom <= max_denominator:
            return _bare(Fraction, top, bottom)
        # Walk the continued fraction of top/bottom, keeping the last two
        # convergents (p_prev/q_prev, p_last/q_last).
        p_prev, q_prev, p_last, q_last = 0, 1, 1, 0
        x, y = top, bottom
        while True:
            term = x // y
            q_next = q_prev + term * q_last
            if q_next > max_denominator:
                break
            p_prev, q_prev, p_last, q_last = p_last, q_last, p_prev + term * p_last, q_next
            x, y = y, x - term * y
        steps = (max_denominator - q_prev) // q_last
        p_semi, q_semi = p_prev + steps * p_last, q_prev + steps * q_last
        # Compare |self - p_last/q_last| with |self - p_semi/q_semi|; ties go
        # to the convergent.
        gap_last = abs(top * q_last - p_last * bottom) * q_semi
        gap_semi = abs(top * q_semi - p_semi * bottom) * q_last
        if gap_last <= gap_semi:
            return _bare(Fraction, p_last, q_last)
        return _bare(Fraction, p_semi, q_semi)

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._top, self._bottom)

    def __str__(self):
        if self._bottom == 1:
            return str(self._top)
        return "%s/%s" % (self._top, self._bottom)

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        return _render(self._top, self._bottom, format_spec, type(self).__name__)

    __add__, __radd__ = _pair_of_methods(_plus, operator.add, "add")
    __sub__, __rsub__ = _pair_of_methods(_minus, operator.sub, "sub")
    __mul__, __rmul__ = _pair_of_methods(_times, operator.mul, "mul")
    __truediv__, __rtruediv__ = _pair_of_methods(_over, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _pair_of_methods(_floor_over, operator.floordiv, "floordiv")
    __mod__, __rmod__ = _pair_of_methods(_remainder, operator.mod, "mod")
    __divmod__, __rdivmod__ = _pair_of_methods(_quot_rem, divmod, "divmod")

    def __pow__(self, exponent):
        if not isinstance(exponent, numbers.Rational):
            return float(self) ** exponent
        if exponent.denominator != 1:
            return float(self) ** float(exponent)
        k = exponent.numerator
        top, bottom = self._top, self._bottom
        if k >= 0:
            return _bare(Fraction, top ** k, bottom ** k)
        if top == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % bottom ** -k)
        if top < 0:
            top, bottom = -top, -bottom
        return _bare(Fraction, bottom ** -k, top ** -k)

    def __rpow__(self, base):
        if self._bottom == 1:
            if self._top >= 0:
                return base ** self._top
            if isinstance(base, numbers.Rational):
                return Fraction(base.numerator, base.denominator) ** self._top
            return base ** self._top
        if isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        return base ** float(self)

    def __pos__(self):
        return _bare(Fraction, self._top, self._bottom)

    def __neg__(self):
        return _bare(Fraction, -self._top, self._bottom)

    def __abs__(self):
        return _bare(Fraction, abs(self._top), self._bottom)

    def __trunc__(self):
        top = self._top
        whole = abs(top) // self._bottom
        return -whole if top < 0 else whole

    def __int__(self):
        return operator.index(self.__trunc__())

    def __floor__(self):
        return self._top // self._bottom

    def __ceil__(self):
        return -(-self._top // self._bottom)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _nearest_multiple(self._top, self._bottom, 0)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        return _hash_ratio(self._top, self._bottom)

    def __eq__(self, other):
        pair = _ratio_of(other)
        if pair is not None:
            return self._top == pair[0] and self._bottom == pair[1]
        if isinstance(other, numbers.Rational):
            return self._top == other.numerator and self._bottom == other.denominator
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return self == _exact_from_float(Fraction, other)
        return other == 0.0

    def _compare(self, other, test):
        # Fractions and ints first: the ABC check below is much slower.
        pair = _ratio_of(other)
        if pair is not None:
            return test(self._top * pair[1], self._bottom * pair[0])
        if isinstance(other, numbers.Rational):
            return test(self._top * other.denominator, self._bottom * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return test(self, _exact_from_float(Fraction, other))
        return test(0.0, other)

    def __lt__(self, other):
        return self._compare(other, operator.lt)

    def __le__(self, other):
        return self._compare(other, operator.le)

    def __gt__(self, other):
        return self._compare(other, operator.gt)

    def __ge__(self, other):
        return self._compare(other, operator.ge)

    def __bool__(self):
        return bool(self._top)

    def __reduce__(self):
        return (type(self), (self._top, self._bottom))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._top, self._bottom)

    def __deepcopy__(self, memo):
        return self.__copy__()
