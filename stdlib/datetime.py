"""Dates, times, durations and fixed-offset time zones (gilvm's own implementation).

Calendar arithmetic is done on day numbers (days since 1970-01-01, civil-calendar formulas);
every value keeps its fields in __slots__ and internal constructors skip re-validation.
"""

import time as _tm

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SEC = 1000000
_INF = float("inf")
_US_PER_DAY = 86400 * _US_PER_SEC
_EPOCH_ORD = 719163            # proleptic ordinal of 1970-01-01
_MAX_ORD = 3652059             # ordinal of 9999-12-31
_MONTH_LEN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_START = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MON_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MON_FULL = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
_DAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _mdays(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LEN[m]


def _civil_to_ord(y, m, d):
    """Ordinal (0001-01-01 is 1) of a proleptic Gregorian date: era/day-of-era formula."""
    if m <= 2:
        y -= 1
        shifted = m + 9
    else:
        shifted = m - 3
    era = y // 400
    yoe = y - era * 400
    doy = (153 * shifted + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + _EPOCH_ORD


def _ord_to_civil(n):
    z = n - _EPOCH_ORD + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 400, mp + 3, d
    return yoe + era * 400 + 1, mp - 9, d


def _yday(y, m, d):
    n = _MONTH_START[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _as_int(v):
    if type(v) is int:
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None
    return f(v)


_MISSING = object()


def _check_ymd(y, m, d):
    if type(y) is not int or type(m) is not int or type(d) is not int:
        for pos, name, v in ((2, "month", m), (3, "day", d)):
            if v is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
        y = _as_int(y)
        m = _as_int(m)
        d = _as_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or d > _mdays(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_hms(h, mi, s, us, fold):
    if type(h) is not int or type(mi) is not int or type(s) is not int or type(us) is not int:
        h = _as_int(h)
        mi = _as_int(mi)
        s = _as_int(s)
        us = _as_int(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _half_even(num, den):
    """num/den rounded to the nearest integer, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q & 1):
        q += 1
    return q


def _fmt_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset ('' for None)."""
    if off is None:
        return ""
    total = (off._d * 86400 + off._s) * _US_PER_SEC + off._us
    sign = "+"
    if total < 0:
        sign = "-"
        total = -total
    secs, us = divmod(total, _US_PER_SEC)
    mins, s = divmod(secs, 60)
    h, mi = divmod(mins, 60)
    out = "%s%02d%s%02d" % (sign, h, sep, mi)
    if s or us:
        out += "%s%02d" % (sep, s)
        if us:
            out += ".%06d" % us
    return out


def _checked_offset(tz, which, arg):
    """Call tz.utcoffset(arg) / tz.dst(arg) and validate the answer."""
    if tz is None:
        return None
    off = getattr(tz, which)(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (which, type(off).__name__))
    if not -_DAY_TD < off < _DAY_TD:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24).")
    return off


def _checked_name(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _expand_format(fmt, tzsrc, usec):
    """Replace %f, %z, %:z and %Z (which the C strftime cannot know) before time.strftime."""
    if "%" not in fmt:
        return fmt
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            parts.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "f":
            parts.append("%06d" % usec)
        elif c == "z":
            off = tzsrc.utcoffset() if tzsrc is not None else None
            parts.append(_fmt_offset(off, "") if off is not None else "")
        elif c == ":" and i < n and fmt[i] == "z":
            i += 1
            off = tzsrc.utcoffset() if tzsrc is not None else None
            parts.append(_fmt_offset(off) if off is not None else "")
        elif c == "Z":
            name = tzsrc.tzname() if tzsrc is not None else None
            parts.append(name.replace("%", "%%") if name else "")
        else:
            parts.append("%" + c)
    return "".join(parts)


def _type_label(obj):
    """The type's name as CPython's C types print it: module-qualified for our own classes,
    the bare name for user subclasses."""
    cls = type(obj)
    if cls.__module__ == __name__ and cls.__name__ in __all__:
        return "datetime." + cls.__name__
    return cls.__name__


def _format_hook(obj, spec):
    """__format__ of date, time and datetime: an empty spec is str(), others go to strftime."""
    if type(spec) is str or isinstance(spec, str):
        return obj.strftime(spec) if spec else obj.__str__()
    raise TypeError("must be str, not " + type(spec).__name__)


# ---------------------------------------------------------------------------------------------
# timedelta

_TD_UNITS = (("days", _US_PER_DAY), ("seconds", _US_PER_SEC), ("microseconds", 1),
             ("milliseconds", 1000), ("minutes", 60 * _US_PER_SEC),
             ("hours", 3600 * _US_PER_SEC), ("weeks", 7 * _US_PER_DAY))


def _td_from_us(cls, total):
    """A timedelta of `total` microseconds, bypassing the keyword constructor."""
    days, rest = divmod(total, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(cls)
    self._d = days
    self._s, self._us = divmod(rest, _US_PER_SEC)
    self._hash = -1
    return self


def _td_norm(d, s, us):
    """timedelta from days/seconds/microseconds that may be out of their ranges (small ints)."""
    if not 0 <= us < _US_PER_SEC:
        carry, us = divmod(us, _US_PER_SEC)
        s += carry
    if not 0 <= s < 86400:
        carry, s = divmod(s, 86400)
        d += carry
    if not -999999999 <= d <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = object.__new__(timedelta)
    self._d = d
    self._s = s
    self._us = us
    self._hash = -1
    return self


class timedelta:
    """A duration, kept as normalised days, seconds (0..86399) and microseconds (0..999999)."""
    __slots__ = ("_d", "_s", "_us", "_hash")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (cls is timedelta and type(days) is int and type(seconds) is int
                and type(microseconds) is int
                and not (milliseconds or minutes or hours or weeks)):
            return _td_norm(days, seconds, microseconds)
        whole = 0
        num = 0
        den = 1
        vals = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        for k in range(7):
            v = vals[k]
            tv = type(v)
            if tv is int or tv is bool:
                whole += v * _TD_UNITS[k][1]
            elif isinstance(v, int):
                whole += int(v) * _TD_UNITS[k][1]
            elif isinstance(v, float):
                if v != v:
                    raise ValueError("cannot convert float NaN to integer")
                if v in (_INF, -_INF):
                    raise OverflowError("cannot convert float infinity to integer")
                a, b = v.as_integer_ratio()
                a *= _TD_UNITS[k][1]
                if b > den:
                    num = num * (b // den) + a
                    den = b
                else:
                    num += a * (den // b)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_UNITS[k][0], tv.__name__))
        if num:
            whole += _half_even(num, den)
        return _td_from_us(cls, whole)

    @property
    def days(self):
        return self._d

    @property
    def seconds(self):
        return self._s

    @property
    def microseconds(self):
        return self._us

    def _total_us(self):
        return (self._d * 86400 + self._s) * _US_PER_SEC + self._us

    def total_seconds(self):
        return self._total_us() / _US_PER_SEC

    def __repr__(self):
        fields = []
        if self._d:
            fields.append("days=%d" % self._d)
        if self._s:
            fields.append("seconds=%d" % self._s)
        if self._us:
            fields.append("microseconds=%d" % self._us)
        return "%s(%s)" % (_type_label(self), ", ".join(fields) or "0")

    def __str__(self):
        mins, s = divmod(self._s, 60)
        h, mi = divmod(mins, 60)
        out = "%d:%02d:%02d" % (h, mi, s)
        if self._us:
            out += ".%06d" % self._us
        if self._d:
            out = "%d day%s, %s" % (self._d, "" if abs(self._d) == 1 else "s", out)
        return out

    def __reduce__(self):
        return (type(self), (self._d, self._s, self._us))

    def __hash__(self):
        h = self._hash
        if h == -1:
            h = self._hash = hash((self._d, self._s, self._us))
        return h

    def __bool__(self):
        return bool(self._d or self._s or self._us)

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_norm(self._d + other._d, self._s + other._s, self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_norm(self._d - other._d, self._s - other._s, self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_norm(other._d - self._d, other._s - self._s, other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _td_norm(-self._d, -self._s, -self._us)

    def __pos__(self):
        return _td_norm(self._d, self._s, self._us)

    def __abs__(self):
        if self._d < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._total_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(timedelta, _half_even(self._total_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            num, den = self._total_us(), other
        elif isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            num, den = self._total_us() * b, a
        else:
            return NotImplemented
        if den < 0:
            num, den = -num, -den
        return _td_from_us(timedelta, _half_even(num, den))

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._total_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, self._total_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._total_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(timedelta, self._total_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._total_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total_us(), d)
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    # comparisons
    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._d == other._d and self._s == other._s and self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return not (self._d == other._d and self._s == other._s and self._us == other._us)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return (self._d, self._s, self._us) < (other._d, other._s, other._us)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return (self._d, self._s, self._us) <= (other._d, other._s, other._us)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return (self._d, self._s, self._us) > (other._d, other._s, other._us)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return (self._d, self._s, self._us) >= (other._d, other._s, other._us)
        return NotImplemented


timedelta.min = _td_from_us(timedelta, -999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(timedelta, 1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(timedelta, 1)
_DAY_TD = _td_from_us(timedelta, _US_PER_DAY)
_ZERO_TD = _td_from_us(timedelta, 0)


# ---------------------------------------------------------------------------------------------
# ISO 8601 parsing (shared by date, time and datetime)

def _isodigits(s, i, n):
    """int of s[i:i+n] when those are exactly n ASCII digits, else None."""
    part = s[i:i + n]
    if len(part) != n:
        return None
    for ch in part:
        if not "0" <= ch <= "9":
            return None
    return int(part)


def _iso_date_len(s):
    """Length of the ISO date at the start of s (forms YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D],
    YYYYWww[D]); raises ValueError when none fits."""
    n = len(s)
    if n < 7 or _isodigits(s, 0, 4) is None:
        raise ValueError
    if s[4] == "-":
        if n > 5 and s[5] == "W":
            if n > 8 and s[8] == "-":
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        j = 7
        while j < n and "0" <= s[j] <= "9":
            j += 1
        if j < 9:
            return j
        return 7 if j % 2 == 0 else 8
    return 8


def _iso_date(s):
    """(y, m, d) from a complete ISO date string; ValueError when malformed."""
    n = len(s)
    y = _isodigits(s, 0, 4)
    if y is None:
        raise ValueError
    dash = n > 4 and s[4] == "-"
    p = 5 if dash else 4
    if p < n and s[p] == "W":
        wk = _isodigits(s, p + 1, 2)
        if wk is None:
            raise ValueError
        p += 3
        wd = 1
        if p < n:
            if dash:
                if s[p] != "-":
                    raise ValueError
                p += 1
            wd = _isodigits(s, p, 1)
            if wd is None:
                raise ValueError
            p += 1
        if p != n:
            raise ValueError
        if y < MINYEAR:
            # CPython's C parser reports a year-0 week date this way
            raise ValueError("month must be in 1..12")
        try:
            return _from_iso_week(y, wk, wd)
        except ValueError:
            raise ValueError from None
    m = _isodigits(s, p, 2)
    if m is None:
        raise ValueError
    p += 2
    if dash:
        if p >= n or s[p] != "-":
            raise ValueError
        p += 1
    d = _isodigits(s, p, 2)
    if d is None or p + 2 != n:
        raise ValueError
    return y, m, d


def _iso_hms(s, p, n):
    """Parse HH[:MM[:SS[.f+]]] (colons optional, used consistently) from s[p:n]."""
    vals = [0, 0, 0, 0]
    colon = None
    k = 0
    while True:
        v = _isodigits(s, p, 2)
        if v is None:
            raise ValueError
        vals[k] = v
        p += 2
        k += 1
        if p >= n or k == 3:
            break
        c = s[p]
        if c == ":":
            if colon is False:
                raise ValueError
            colon = True
            p += 1
        else:
            if colon is True or c in ".,":
                break
            colon = False
    if p < n:
        if k != 3 or s[p] not in ".,":
            raise ValueError
        p += 1
        digits = s[p:n]
        if not digits or not digits.isdigit() or not digits.isascii():
            raise ValueError
        digits = digits[:6]
        vals[3] = int(digits) * 10 ** (6 - len(digits))
    return vals


def _iso_time(s):
    """(h, mi, sec, us, tz) from an ISO time string with optional offset."""
    n = len(s)
    end = n
    tz = None
    for j in range(n):
        if s[j] in "+-Z":
            end = j
            break
    if end < n:
        mark = s[end]
        if mark == "Z":
            if end + 1 != n:
                raise ValueError
            tz = timezone.utc
        else:
            oh, om, osec, ous = _iso_hms(s, end + 1, n)
            off = ((oh * 60 + om) * 60 + osec) * _US_PER_SEC + ous
            if mark == "-":
                off = -off
            if off == 0:
                tz = timezone.utc
            else:
                tz = timezone(_td_from_us(timedelta, off))
    if end == 0:
        raise ValueError
    h, mi, sec, us = _iso_hms(s, 0, end)
    return h, mi, sec, us, tz


def _from_iso_week(y, wk, wd):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % y)
    if not 0 < wk < 53:
        long_year = False
        if wk == 53:
            jan1 = (_civil_to_ord(y, 1, 1) + 6) % 7
            long_year = jan1 == 3 or (jan1 == 2 and _leap(y))
        if not long_year:
            raise ValueError("Invalid week: %d" % wk)
    if not 0 < wd < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % wd)
    jan4 = _civil_to_ord(y, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    return _ord_to_civil(week1_monday + (wk - 1) * 7 + wd - 1)


# ---------------------------------------------------------------------------------------------
# date

def _new_date(cls, y, m, d):
    """A computed date: subclasses are built through their own constructor."""
    if cls is not date:
        return cls(y, m, d)
    return _raw_date(cls, y, m, d)


def _raw_date(cls, y, m, d):
    self = object.__new__(cls)
    self._y = y
    self._m = m
    self._d = d
    self._hash = -1
    return self


def _date_from_ord(cls, n):
    if not 1 <= n <= _MAX_ORD:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_civil(n)
    return _new_date(cls, y, m, d)


class IsoCalendarDate(tuple):
    """(year, week, weekday) as returned by isocalendar()."""
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate", self[0], self[1], self[2])


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate     # CPython's module does not export the name


class date:
    """A calendar date (proleptic Gregorian)."""
    __slots__ = ("_y", "_m", "_d", "_hash")

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        y, m, d = _check_ymd(year, month, day)
        return _raw_date(cls, y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_tm.time())

    @classmethod
    def fromtimestamp(cls, t):
        lt = _tm.localtime(t)
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORD:
            raise ValueError("year %d is out of range" % _ord_to_civil(n)[0])
        y, m, d = _ord_to_civil(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (s,))
        try:
            y, m, d = _iso_date(s)
        except ValueError as exc:
            if exc.args:
                raise
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _from_iso_week(_as_int(year), _as_int(week), _as_int(day))
        return cls(y, m, d)

    year = property(lambda self: self._y)
    month = property(lambda self: self._m)
    day = property(lambda self: self._d)

    def toordinal(self):
        return _civil_to_ord(self._y, self._m, self._d)

    def weekday(self):
        return (_civil_to_ord(self._y, self._m, self._d) + 6) % 7

    def isoweekday(self):
        return (_civil_to_ord(self._y, self._m, self._d) + 6) % 7 + 1

    def isocalendar(self):
        n = _civil_to_ord(self._y, self._m, self._d)
        y = self._y
        jan4 = _civil_to_ord(y + 1, 1, 4)
        start = jan4 - (jan4 + 6) % 7
        if n < start:
            jan4 = _civil_to_ord(y, 1, 4)
            start = jan4 - (jan4 + 6) % 7
            if n < start:
                y -= 1
                jan4 = _civil_to_ord(y, 1, 4)
                start = jan4 - (jan4 + 6) % 7
        else:
            y += 1
        wk, wd = divmod(n - start, 7)
        return _IsoCalendarDate(y, wk + 1, wd + 1)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._y, self._m, self._d)

    def __str__(self):
        return "%04d-%02d-%02d" % (self._y, self._m, self._d)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_label(self), self._y, self._m, self._d)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBR[self.weekday()], _MON_ABBR[self._m - 1],
                                            self._d, self._y)

    def timetuple(self):
        return _tm.struct_time((self._y, self._m, self._d, 0, 0, 0, self.weekday(),
                                _yday(self._y, self._m, self._d), -1))

    def strftime(self, format):
        return _tm.strftime(_expand_format(format, None, 0), self.timetuple())

    __format__ = _format_hook

    def replace(self, year=None, month=None, day=None):
        return date.__new__(type(self), self._y if year is None else year,
                            self._m if month is None else month,
                            self._d if day is None else day)

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._d))

    def __hash__(self):
        h = self._hash
        if h == -1:
            h = self._hash = hash((self._y, self._m, self._d))
        return h

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), _civil_to_ord(self._y, self._m, self._d) + other._d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), _civil_to_ord(self._y, self._m, self._d) - other._d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us(timedelta, (_civil_to_ord(self._y, self._m, self._d)
                                           - _civil_to_ord(other._y, other._m, other._d))
                               * _US_PER_DAY)
        return NotImplemented

    def _order(self, other, op):
        """-1/0/1 against another plain date; NotImplemented for foreign types."""
        if isinstance(other, datetime):
            if op is None:
                return 2
            raise TypeError("can't compare %s.%s to %s.%s" % (
                "datetime", "datetime", "datetime", "date"))
        if not isinstance(other, date):
            return NotImplemented
        a = (self._y, self._m, self._d)
        b = (other._y, other._m, other._d)
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        if isinstance(self, datetime):
            return NotImplemented
        c = self._order(other, None)
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self.__eq__(other)
        return c if c is NotImplemented else not c

    def __lt__(self, other):
        c = self._order(other, "<")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._order(other, "<=")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._order(other, ">")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._order(other, ">=")
        return c if c is NotImplemented else c >= 0


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _DAY_TD


# ---------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base for time zone information; subclasses supply utcoffset, dst and tzname."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Map a UTC time (with tzinfo self) to local time, using utcoffset() and dst()."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tz is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        total = dt.utcoffset()
        first_dst = dt.dst()
        for value, what in ((total, "utcoffset"), (first_dst, "dst")):
            if value is None:
                raise ValueError("fromutc: non-None %s() result required" % what)
        shifted = dt + total - first_dst
        again = shifted.dst()
        if again is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return shifted + again

    def __reduce__(self):
        grab = getattr(self, "__getinitargs__", None)
        args = grab() if grab is not None else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


_TZ_LIMIT_MSG = ("offset must be a timedelta strictly between -timedelta(hours=24) and "
                 "timedelta(hours=24), not %r.")


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""
    __slots__ = ("_off", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is None:
            if not offset and cls is timezone and _UTC_SINGLETON is not None:
                return _UTC_SINGLETON
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_DAY_TD < offset < _DAY_TD:
            raise ValueError(_TZ_LIMIT_MSG % (offset,))
        self = object.__new__(cls)
        self._off = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._off,)
        return (self._off, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._off == other._off
        return NotImplemented

    def __hash__(self):
        return hash(self._off)

    def __repr__(self):
        if self is _UTC_SINGLETON:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_label(self), self._off)
        return "%s(%r, %r)" % (_type_label(self), self._off, self._name)

    def __str__(self):
        return self.tzname(None)

    def _arg_ok(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._arg_ok(dt, "utcoffset")
        return self._off

    def dst(self, dt):
        self._arg_ok(dt, "dst")
        return None

    def tzname(self, dt):
        self._arg_ok(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._off:
            return "UTC"
        return "UTC" + _fmt_offset(self._off)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tz is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._off


_UTC_SINGLETON = None
_UTC_SINGLETON = timezone(_ZERO_TD)
timezone.utc = _UTC_SINGLETON
timezone.min = timezone(_td_from_us(timedelta, -(23 * 60 + 59) * 60 * _US_PER_SEC))
timezone.max = timezone(_td_from_us(timedelta, (23 * 60 + 59) * 60 * _US_PER_SEC))
UTC = _UTC_SINGLETON


# ---------------------------------------------------------------------------------------------
# time

_TIMESPECS = ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")


def _clock_text(h, mi, s, us, spec):
    if spec == "auto":
        spec = "microseconds" if us else "seconds"
    if spec == "hours":
        return "%02d" % h
    if spec == "minutes":
        return "%02d:%02d" % (h, mi)
    if spec == "seconds":
        return "%02d:%02d:%02d" % (h, mi, s)
    if spec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, mi, s, us // 1000)
    if spec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, mi, s, us)
    raise ValueError("Unknown timespec value")


def _clock_repr(obj, head):
    tail = ""
    if obj._us:
        tail = ", %d, %d" % (obj._s, obj._us)
    elif obj._s:
        tail = ", %d" % obj._s
    out = "%s, %d%s" % (head, obj._mi, tail)
    if obj._fold:
        out += ", fold=1"
    if obj._tz is not None:
        out += ", tzinfo=%r" % (obj._tz,)
    return "%s(%s)" % (_type_label(obj), out)


def _new_time(cls, h, mi, s, us, tz, fold):
    self = object.__new__(cls)
    self._h = h
    self._mi = mi
    self._s = s
    self._us = us
    self._tz = tz
    self._fold = fold
    self._hash = -1
    return self


class time:
    """A time of day, optionally with tzinfo."""
    __slots__ = ("_h", "_mi", "_s", "_us", "_tz", "_fold", "_hash")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h, mi, s, us = _check_hms(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        return _new_time(cls, h, mi, s, us, tzinfo, fold)

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        body = s[1:] if s[:1] == "T" else s
        try:
            h, mi, sec, us, tz = _iso_time(body)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(h, mi, sec, us, tz)

    def utcoffset(self):
        return _checked_offset(self._tz, "utcoffset", None)

    def dst(self):
        return _checked_offset(self._tz, "dst", None)

    def tzname(self):
        return _checked_name(self._tz, None)

    def isoformat(self, timespec="auto"):
        out = _clock_text(self._h, self._mi, self._s, self._us, timespec)
        if self._tz is not None:
            out += _fmt_offset(self.utcoffset())
        return out

    __str__ = isoformat

    def __repr__(self):
        return _clock_repr(self, "%d" % self._h)

    def strftime(self, format):
        tt = (1900, 1, 1, self._h, self._mi, self._s, 0, 1, -1)
        return _tm.strftime(_expand_format(format, self, self._us), tt)

    __format__ = _format_hook

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return time.__new__(type(self), self._h if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._s if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        args = (self._h, self._mi, self._s, self._us)
        if self._tz is not None:
            args += (self._tz,)
        return (type(self), args)

    def __bool__(self):
        return True

    def _utc_us(self):
        """(microseconds since midnight minus the offset, is-aware)."""
        base = ((self._h * 60 + self._mi) * 60 + self._s) * _US_PER_SEC + self._us
        off = self.utcoffset()
        if off is None:
            return base, False
        return base - off._total_us(), True

    def _order(self, other, eq):
        if not isinstance(other, time):
            return NotImplemented
        if self._tz is other._tz:
            a = (self._h, self._mi, self._s, self._us)
            b = (other._h, other._mi, other._s, other._us)
        else:
            a, aw1 = self._utc_us()
            b, aw2 = other._utc_us()
            if aw1 != aw2:
                if eq:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        c = self._order(other, True)
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._order(other, True)
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._order(other, False)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._order(other, False)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._order(other, False)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._order(other, False)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        h = self._hash
        if h == -1:
            base, aware = self.replace(fold=0)._utc_us() if self._fold else self._utc_us()
            if aware:
                h = hash(base)
            else:
                h = hash((self._h, self._mi, self._s, self._us))
            self._hash = h
        return h


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------------------------------------
# datetime

def _new_dt(cls, y, mo, d, h, mi, s, us, tz, fold):
    """A computed datetime: subclasses are built through their own constructor."""
    if cls is not datetime:
        self = cls(y, mo, d, h, mi, s, us, tz)
        if fold and isinstance(self, datetime):
            self._fold = 1
        return self
    return _raw_dt(cls, y, mo, d, h, mi, s, us, tz, fold)


def _raw_dt(cls, y, mo, d, h, mi, s, us, tz, fold):
    self = object.__new__(cls)
    self._y = y
    self._m = mo
    self._d = d
    self._h = h
    self._mi = mi
    self._s = s
    self._us = us
    self._tz = tz
    self._fold = fold
    self._hash = -1
    return self


def _dt_from_us(cls, total, tz, fold=0):
    """datetime of `total` microseconds after 0001-01-01T00:00 (ordinal-1 based)."""
    days, rest = divmod(total, _US_PER_DAY)
    n = days + 1
    if not 1 <= n <= _MAX_ORD:
        raise OverflowError("date value out of range")
    y, mo, d = _ord_to_civil(n)
    secs, us = divmod(rest, _US_PER_SEC)
    mins, s = divmod(secs, 60)
    h, mi = divmod(mins, 60)
    return _new_dt(cls, y, mo, d, h, mi, s, us, tz, fold)


def _local_offset_secs(t):
    """UTC offset (seconds) of local time at POSIX time t."""
    return _tm.localtime(t).tm_gmtoff


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, microseconds rounded half-even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (_INF, -_INF):
            raise OverflowError("timestamp out of range for platform time_t")
        a, b = t.as_integer_ratio()
        total = _half_even(a * _US_PER_SEC, b)
    else:
        total = _as_int(t) * _US_PER_SEC
    secs, us = divmod(total, _US_PER_SEC)
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, us


def _dt_shift(src, cls, dd, ds, dus):
    """src moved by dd days, ds seconds and dus microseconds (any signs, small ints)."""
    us = src._us + dus
    secs = (src._h * 60 + src._mi) * 60 + src._s + ds
    if not 0 <= us < _US_PER_SEC:
        carry, us = divmod(us, _US_PER_SEC)
        secs += carry
    if not 0 <= secs < 86400:
        carry, secs = divmod(secs, 86400)
        dd += carry
    if dd:
        n = _civil_to_ord(src._y, src._m, src._d) + dd
        if not 1 <= n <= _MAX_ORD:
            raise OverflowError("date value out of range")
        y, mo, d = _ord_to_civil(n)
    else:
        y = src._y
        mo = src._m
        d = src._d
    h, rest = divmod(secs, 3600)
    mi, s = divmod(rest, 60)
    return _new_dt(cls, y, mo, d, h, mi, s, us, src._tz, 0)


class datetime(date):
    """A date and a time of day, optionally with tzinfo."""
    __slots__ = ("_h", "_mi", "_s", "_us", "_tz", "_fold")

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        y, mo, d = _check_ymd(year, month, day)
        h, mi, s, us = _check_hms(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        return _raw_dt(cls, y, mo, d, h, mi, s, us, tzinfo, fold)

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: self._fold)

    # --- constructors
    @classmethod
    def _from_posix(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        if utc:
            days = secs // 86400 + _EPOCH_ORD
            if not 1 <= days <= _MAX_ORD:
                raise ValueError("year %d is out of range" % _ord_to_civil(days)[0])
            total = (secs + _EPOCH_ORD * 86400 - 86400) * _US_PER_SEC + us
            return _dt_from_us(cls, total, tz)
        lt = _tm.localtime(secs)
        wall = secs + lt.tm_gmtoff
        fold = 0
        for probe in (secs - 86400, secs + 86400):
            other = wall - _local_offset_secs(probe)
            if other < secs and other + _local_offset_secs(other) == wall:
                fold = 1        # the same wall time happened earlier: this is its repeat
        if fold:
            return cls(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, us,
                       fold=1)
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, us)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        if tz is None:
            return cls._from_posix(t, False, None)
        return tz.fromutc(cls._from_posix(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_tm.time(), tz)

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                      "future version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls._from_posix(_tm.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        for pos, arg, want in ((1, date, _date_class), (2, time, _time_class)):
            if not isinstance(arg, want):
                raise TypeError("combine() argument %d must be datetime.%s, not %s"
                                % (pos, want.__name__, type(arg).__name__))
        return cls(date._y, date._m, date._d, time._h, time._mi, time._s, time._us,
                   time._tz if tzinfo is True else tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) < 7:
                raise ValueError
            cut = _iso_date_len(s)
            y, mo, d = _iso_date(s[:cut])
            if cut < len(s):
                if cut + 1 >= len(s):
                    raise ValueError
                h, mi, sec, us, tz = _iso_time(s[cut + 1:])
            else:
                h = mi = sec = us = 0
                tz = None
        except ValueError as exc:
            if exc.args:
                raise
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, mo, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        for pos, arg in ((1, date_string), (2, format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (pos, type(arg).__name__))
        import _strptime
        y, mo, d, h, mi, s, us, off, _, _ = _strptime._scan(date_string, format)
        tz = None
        if off is not None:
            tz = UTC if off == 0 else timezone(_td_from_us(timedelta, off))
        return cls(y, mo, d, h, mi, s, us, tz)

    # --- views
    def date(self):
        return _new_date(_date_class, self._y, self._m, self._d)

    def time(self):
        return _new_time(_time_class, self._h, self._mi, self._s, self._us, None, self._fold)

    def timetz(self):
        return _new_time(_time_class, self._h, self._mi, self._s, self._us, self._tz, self._fold)

    def utcoffset(self):
        return _checked_offset(self._tz, "utcoffset", self)

    def dst(self):
        return _checked_offset(self._tz, "dst", self)

    def tzname(self):
        return _checked_name(self._tz, self)

    def timetuple(self):
        flag = -1
        saving = self.dst()
        if saving is not None:
            flag = 1 if saving else 0
        return _tm.struct_time((self._y, self._m, self._d, self._h, self._mi, self._s,
                                self.weekday(), _yday(self._y, self._m, self._d), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _tm.struct_time((t._y, t._m, t._d, t._h, t._mi, t._s, t.weekday(),
                                _yday(t._y, t._m, t._d), 0))

    def _naive_us(self):
        return ((((_civil_to_ord(self._y, self._m, self._d) - 1) * 24 + self._h) * 60
                 + self._mi) * 60 + self._s) * _US_PER_SEC + self._us

    def _local_posix(self):
        """POSIX seconds of this naive local time (fold picks among ambiguous readings)."""
        wall = self._naive_us() // _US_PER_SEC - (_EPOCH_ORD - 1) * 86400
        first = wall - _local_offset_secs(wall)
        candidates = []
        for guess in (first - 86400, first, first + 86400):
            cand = wall - _local_offset_secs(guess)
            if cand + _local_offset_secs(cand) == wall and cand not in candidates:
                candidates.append(cand)
        if not candidates:
            # in a gap: fold 0 uses the offset before the jump, fold 1 the one after
            before = wall - _local_offset_secs(first - 86400)
            after = wall - _local_offset_secs(first + 86400)
            return after if self._fold else before
        candidates.sort()
        return candidates[-1] if self._fold else candidates[0]

    def timestamp(self):
        if self._tz is None:
            return self._local_posix() + self._us / _US_PER_SEC
        return (self - _EPOCH_UTC).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tz(tz)
        off = self.utcoffset() if self._tz is not None else None
        if off is None:
            if tz is not None and tz is self._tz:
                return self
            utc_us = (self._local_posix() + (_EPOCH_ORD - 1) * 86400) * _US_PER_SEC + self._us
        else:
            if tz is self._tz:
                return self
            utc_us = self._naive_us() - off._total_us()
        if tz is None:
            lt = _tm.localtime(utc_us // _US_PER_SEC - (_EPOCH_ORD - 1) * 86400)
            tz = timezone(_td_from_us(timedelta, lt.tm_gmtoff * _US_PER_SEC), lt.tm_zone)
        return tz.fromutc(_dt_from_us(type(self), utc_us, tz))

    # --- text
    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        out = "%04d-%02d-%02d%s%s" % (self._y, self._m, self._d, sep,
                                      _clock_text(self._h, self._mi, self._s, self._us, timespec))
        if self._tz is not None:
            out += _fmt_offset(self.utcoffset())
        return out

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        return _clock_repr(self, "%d, %d, %d, %d" % (self._y, self._m, self._d, self._h))

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MON_ABBR[self._m - 1], self._d,
            self._h, self._mi, self._s, self._y)

    def strftime(self, format):
        return _tm.strftime(_expand_format(format, self, self._us), self.timetuple())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return datetime.__new__(type(self), self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day,
                          self._h if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._s if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        args = (self._y, self._m, self._d, self._h, self._mi, self._s, self._us)
        if self._tz is not None:
            args += (self._tz,)
        return (type(self), args)

    # --- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_shift(self, type(self), other._d, other._s, other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_shift(self, type(self), -other._d, -other._s, -other._us)
        if isinstance(other, datetime):
            dd = (_civil_to_ord(self._y, self._m, self._d)
                  - _civil_to_ord(other._y, other._m, other._d))
            ds = ((self._h - other._h) * 60 + self._mi - other._mi) * 60 + self._s - other._s
            dus = self._us - other._us
            if self._tz is not other._tz:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if o1 is not None:
                    dd += o2._d - o1._d
                    ds += o2._s - o1._s
                    dus += o2._us - o1._us
            return _td_norm(dd, ds, dus)
        return NotImplemented

    # --- comparisons
    def _order(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op is None:
                    return 2
                raise TypeError("can't compare datetime.datetime to datetime.date")
            return NotImplemented
        if self._tz is other._tz:
            a = (self._y, self._m, self._d, self._h, self._mi, self._s, self._us)
            b = (other._y, other._m, other._d, other._h, other._mi, other._s, other._us)
            return 0 if a == b else (-1 if a < b else 1)
        a = self._naive_us()
        b = other._naive_us()
        if True:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                if op is None:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if o1 is not None:
                if op is None and (o1 != self.replace(fold=not self._fold).utcoffset()
                                   or o2 != other.replace(fold=not other._fold).utcoffset()):
                    return 2
                a -= o1._total_us()
                b -= o2._total_us()
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        c = self._order(other, None)
        return c if c is NotImplemented else c == 0

    def __hash__(self):
        h = self._hash
        if h == -1:
            src = self.replace(fold=0) if self._fold else self
            off = src.utcoffset()
            if off is None:
                h = hash((self._y, self._m, self._d, self._h, self._mi, self._s, self._us))
            else:
                h = hash(self._naive_us() - off._total_us())
            self._hash = h
        return h


_date_class = date
_time_class = time
datetime.min = _new_dt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_dt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution
_EPOCH_UTC = _new_dt(datetime, 1970, 1, 1, 0, 0, 0, 0, UTC, 0)
_SECOND_TD = _td_from_us(timedelta, _US_PER_SEC)


def _c_names():
    """Give the classes CPython's C type names ('datetime.date') for messages built from them;
    __name__ stays as it is."""
    try:
        from _gilvm_datetime import dotted_name
    except ImportError:
        return
    for cls in (timedelta, date, time, datetime, tzinfo, timezone, _IsoCalendarDate):
        dotted_name(cls, "datetime." + cls.__name__)


_c_names()
