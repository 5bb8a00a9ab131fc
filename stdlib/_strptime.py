"""strptime for the time and datetime modules (gilvm's own parser, English names only).

A format becomes one regular expression with a named group per directive; the compiled
patterns are cached by format string.
"""

import datetime as _dtm

_cache = {}
_rx = None

_MONTHS = _dtm._MON_FULL + _dtm._MON_ABBR
_DAYS = _dtm._DAY_FULL + _dtm._DAY_ABBR

_PIECES = {
    "Y": r"\d{4}", "y": r"\d\d", "m": r"1[0-2]|0[1-9]|[1-9]", "d": r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",
    "H": r"2[0-3]|[0-1]\d|\d", "I": r"1[0-2]|0[1-9]|[1-9]", "M": r"[0-5]\d|\d", "S": r"6[0-1]|[0-5]\d|\d",
    "f": r"\d{1,6}", "p": "am|pm", "w": "[0-6]", "u": "[1-7]", "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "j": r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "b": "|".join(_MONTHS), "B": "|".join(_MONTHS), "h": "|".join(_MONTHS),
    "a": "|".join(_DAYS), "A": "|".join(_DAYS),
    "z": r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)", "Z": "utc|gmt",
}
_SHORTHANDS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _pattern(fmt):
    """The compiled regular expression for a strptime format."""
    global _rx
    got = _cache.get(fmt)
    if got is not None:
        return got
    if _rx is None:
        import re
        _rx = re
    chunks = []
    used = set()
    todo = fmt
    pos = 0
    while pos < len(todo):
        ch = todo[pos]
        pos += 1
        if ch != "%":
            if ch.isspace():
                chunks.append(r"\s+")
                while pos < len(todo) and todo[pos].isspace():
                    pos += 1
            else:
                chunks.append(_rx.escape(ch))
            continue
        if pos >= len(todo):
            raise ValueError("stray %% in format '%s'" % fmt)
        key = todo[pos]
        pos += 1
        if key == "%":
            chunks.append("%")
        elif key in _SHORTHANDS:
            todo = todo[:pos] + _SHORTHANDS[key] + todo[pos:]
        else:
            if key == ":" and todo[pos:pos + 1] == "z":
                key = "z"
                pos += 1
            body = _PIECES.get(key)
            if body is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (key, "%" + key))
            chunks.append("(?P=%s)" % key if key in used else "(?P<%s>%s)" % (key, body))
            used.add(key)
    got = _rx.compile("".join(chunks), _rx.IGNORECASE)
    _cache[fmt] = got
    return got


def _name_index(word, names):
    low = word.lower()
    for k, name in enumerate(names):
        if name.lower() == low:
            return k % (len(names) // 2)
    return 0


def _offset_us(text):
    """Microseconds east of UTC for a %z match."""
    if text in ("Z", "z"):
        return 0
    digits = text[1:].replace(":", "")
    total = int(digits[:2]) * 3600 + int(digits[2:4]) * 60
    frac = 0
    if len(digits) > 4:
        total += int(digits[4:6])
        tail = digits[7:]
        if tail:
            frac = int(tail.ljust(6, "0"))
    us = total * 1000000 + frac
    return -us if text[0] == "-" else us


def _scan(text, fmt):
    """(year, month, day, hour, minute, second, microsecond, offset_us or None, weekday or None,
    yearday or None) read from text."""
    found = _pattern(fmt).match(text)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if found.end() != len(text):
        raise ValueError("unconverted data remains: %s" % text[found.end():])
    g = found.groupdict()
    get = g.get
    year = 1900
    if get("Y") is not None:
        year = int(g["Y"])
    elif get("y") is not None:
        short = int(g["y"])
        year = short + (2000 if short < 69 else 1900)
    month = int(g["m"]) if get("m") is not None else 1
    for key in "bBh":
        if get(key) is not None:
            month = _name_index(g[key], _MONTHS) + 1
    day = int(g["d"]) if get("d") is not None else 1
    if get("H") is not None:
        hour = int(g["H"])
    elif get("I") is not None:
        hour = int(g["I"]) % 12
        if (get("p") or "").lower() == "pm":
            hour += 12
    else:
        hour = 0
    minute = int(g["M"]) if get("M") is not None else 0
    second = int(g["S"]) if get("S") is not None else 0
    micro = int(g["f"].ljust(6, "0")) if get("f") is not None else 0
    offset = _offset_us(g["z"]) if get("z") is not None else None
    weekday = None
    for key in "aA":
        if get(key) is not None:
            weekday = _name_index(g[key], _DAYS)
    yday = int(g["j"]) if get("j") is not None else None
    if yday is not None and get("m") is None and all(get(k) is None for k in "bBh"):
        year, month, day = _dtm._ord_to_civil(_dtm._civil_to_ord(year, 1, 1) + yday - 1)
    return year, month, day, hour, minute, second, micro, offset, weekday, yday


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time (tm_isdst -1) from data_string."""
    for k, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (k, type(arg)))
    import time
    y, mo, d, h, mi, s, us, off, wd, yd = _scan(data_string, format)
    day_no = _dtm.date(y, mo, d).toordinal()
    if wd is None:
        wd = (day_no + 6) % 7
    return time.struct_time((y, mo, d, h, mi, s, wd,
                             day_no - _dtm._civil_to_ord(y, 1, 1) + 1, -1))
