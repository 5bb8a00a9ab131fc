# Aware datetimes: timezone (fixed offsets), tzinfo subclasses with DST, astimezone, comparison/subtraction rules.
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC
import datetime as dm
print(UTC is timezone.utc, dm.UTC is dm.timezone.utc, repr(UTC), str(UTC), timezone.min, timezone.max, repr(timezone.max))
for off, name in [(timedelta(hours=5, minutes=30), None), (timedelta(hours=-8), 'PST'), (timedelta(0), None), (timedelta(0), 'Z0'),
                  (timedelta(hours=1, seconds=1), None), (timedelta(minutes=-1, microseconds=7), None)]:
    tz = timezone(off) if name is None else timezone(off, name)
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz is UTC, tz == timezone(off), hash(tz) == hash(off))
print(timezone(timedelta(0)) is UTC, timezone(timedelta(0), 'UTC') is UTC, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'))
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2020, 3, 1, 12, 0, tzinfo=ist)
print(repr(a), a, a.utcoffset(), a.dst(), a.tzname(), a.timetuple(), a.utctimetuple(), a.timestamp())
print(a.astimezone(UTC), a.astimezone(timezone(timedelta(hours=-3))), repr(a.astimezone(ist)), a.astimezone(UTC) == a)
b = datetime(2020, 3, 1, 6, 30, tzinfo=UTC)
print(a == b, a - b, b - a, a < b + timedelta(microseconds=1), hash(a) == hash(b), len({a, b}), a - timedelta(hours=1))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=UTC), datetime(2020, 1, 1) != datetime(2020, 1, 1, tzinfo=UTC))
for fn in (lambda: datetime(2020, 1, 1) < a, lambda: a >= datetime(2020, 1, 1), lambda: a - datetime(2020, 1, 1),
           lambda: datetime(2020, 1, 1) - a, lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=-24)),
           lambda: timezone(5), lambda: timezone(timedelta(0), 5), lambda: UTC.utcoffset(5), lambda: UTC.fromutc(5),
           lambda: UTC.fromutc(datetime(2020, 1, 1)), lambda: tzinfo().utcoffset(None), lambda: tzinfo().dst(None),
           lambda: tzinfo().tzname(None), lambda: tzinfo().fromutc(5), lambda: a.astimezone(5)):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

ZERO, HOUR = timedelta(0), timedelta(hours=1)
class Eastern(tzinfo):
    """US Eastern with 2007+ rules, simplified: DST from 2nd Sunday March 2:00 to 1st Sunday Nov 2:00."""
    def _bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end
    def dst(self, dt):
        if dt is None:
            return ZERO
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self):
        return 'Eastern()'
E = Eastern()
for h in range(4, 8):
    u = datetime(2020, 11, 1, h, 30, tzinfo=UTC)
    loc = u.astimezone(E)
    print(u, '->', loc, repr(loc), loc.tzname(), loc.fold, loc.astimezone(UTC) == u)
for h in range(5, 9):
    u = datetime(2020, 3, 8, h, 30, tzinfo=UTC)
    loc = u.astimezone(E)
    print(u, '->', loc, loc.tzname(), loc.dst(), loc.timetuple().tm_isdst)
x = datetime(2020, 7, 4, 12, tzinfo=E)
print(x, x.utcoffset(), x.tzname(), x.strftime('%Y-%m-%d %H:%M %Z %z'), x - datetime(2020, 7, 4, 16, tzinfo=UTC))
print(x == datetime(2020, 7, 4, 16, tzinfo=UTC), hash(x) == hash(datetime(2020, 7, 4, 16, tzinfo=UTC)), x.replace(tzinfo=None) == x.replace(tzinfo=None))
y = datetime(2020, 11, 1, 1, 30, tzinfo=E)
print(y.utcoffset(), y.replace(fold=1).utcoffset(), y == y.replace(fold=1), y.replace(fold=1) - y, y.replace(fold=1).astimezone(UTC) - y.astimezone(UTC))
print(datetime.fromtimestamp(1604208600, E), datetime.fromtimestamp(1604212200, E).fold, datetime.now(E).tzinfo)
class NoDst(tzinfo):
    def utcoffset(self, dt):
        return HOUR
    def dst(self, dt):
        return None
    def tzname(self, dt):
        return None
try:
    datetime(2020, 1, 1, tzinfo=UTC).astimezone(NoDst())
except ValueError as e:
    print('ValueError', e)
print(datetime(2020, 1, 1, tzinfo=NoDst()).tzname(), datetime(2020, 1, 1, tzinfo=NoDst()).timetuple().tm_isdst)
print(time(1, tzinfo=E).utcoffset(), time(1, tzinfo=E).tzname())
try:
    class TZSub(timezone):
        pass
except TypeError as e:
    print('TypeError', e)
print(hasattr(dm, 'IsoCalendarDate'), type(dm.date(2020, 1, 1).isocalendar()).__name__, [n for n in dm.__all__])
