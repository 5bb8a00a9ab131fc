# datetime error types and messages: range checks, overflow, bad types, bad tzinfo results; plus copy and __reduce__.
import datetime as D
import copy
T = D.timedelta
class BadOff(D.tzinfo):
    def __init__(self, v):
        self.v = v
    def utcoffset(self, dt):
        return self.v
    def dst(self, dt):
        return self.v
    def tzname(self, dt):
        return self.v
checks = [
    lambda: D.date(2020.0, 1, 1), lambda: D.date('2020', 1, 1), lambda: D.date(0, 1, 1), lambda: D.date(10000, 1, 1),
    lambda: D.date(2020, 13, 1), lambda: D.date(2020, 0, 1), lambda: D.date(2021, 2, 29), lambda: D.date(2020, 4, 31),
    lambda: D.date(2020, 1, 0), lambda: D.date(2020), lambda: D.date(2020, 1), lambda: D.datetime(2020, 1, 1, 24),
    lambda: D.datetime(2020, 1, 1, 0, 0, 0, -1), lambda: D.datetime(2020, 1, 1, fold=-1), lambda: D.datetime(2020, 1, 1, tzinfo='x'),
    lambda: D.date.max + T(1), lambda: D.date.min - T(1), lambda: D.datetime.max + T(microseconds=1), lambda: D.datetime.min - T(1),
    lambda: D.date.min + T(-1), lambda: D.date.fromordinal(0), lambda: D.date.fromordinal(3652060), lambda: D.date.fromordinal(1.5),
    lambda: D.date(1, 1, 1).replace(year=0), lambda: D.date(2020, 2, 29).replace(year=2021), lambda: D.date.fromisocalendar(2020, 54, 1),
    lambda: D.date.fromisocalendar(2020, 5, 8), lambda: D.date.fromisocalendar(0, 5, 1), lambda: D.date.fromisocalendar(2021, 53, 1),
    lambda: D.date.fromisocalendar(2020, 0, 1), lambda: D.date.fromisocalendar(10000, 1, 1), lambda: D.date.fromisoformat(20200101),
    lambda: D.date.fromisoformat('2020-02-30'), lambda: D.datetime.fromisoformat(None), lambda: D.datetime(2020, 1, 1).isoformat(timespec='nano'),
    lambda: D.datetime(2020, 1, 1, tzinfo=BadOff(5)).utcoffset(), lambda: D.datetime(2020, 1, 1, tzinfo=BadOff(T(1))).utcoffset(),
    lambda: D.datetime(2020, 1, 1, tzinfo=BadOff(T(-1))).dst(), lambda: D.datetime(2020, 1, 1, tzinfo=BadOff(5)).tzname(),
    lambda: D.datetime(2020, 1, 1, tzinfo=BadOff(None)).utcoffset(), lambda: str(D.datetime(2020, 1, 1, tzinfo=BadOff(T(hours=1)))),
    lambda: D.time(tzinfo=BadOff(1.5)).isoformat(), lambda: D.datetime.combine(1, D.time()), lambda: D.datetime.combine(D.date(2020, 1, 1), 1),
    lambda: D.datetime.fromtimestamp(float('nan')), lambda: D.datetime.fromtimestamp(1e20, D.UTC), lambda: D.datetime.fromtimestamp(0, 5),
    lambda: D.datetime.fromtimestamp(1e15, D.UTC), lambda: D.datetime.fromtimestamp(253402300800, D.UTC), lambda: D.datetime.fromtimestamp(-62135596801, D.UTC),
    lambda: D.date(2020, 1, 1) - D.datetime(2020, 1, 1), lambda: D.date(2020, 1, 1) - 5 if False else 'skip',
    lambda: T(weeks=142857143), lambda: T(microseconds=86400e6 * 1e9), lambda: T.min // -1,
]
for fn in checks:
    try:
        print(repr(fn()))
    except Exception as e:
        msg = str(e)
        if 'operand' in msg or 'not supported between' in msg:
            msg = '(operator message: see datetime_typenames)'
        print(type(e).__name__, msg)
objs = [T(1, 2, 3), D.date(2020, 2, 29), D.time(1, 2, 3, 4), D.time(1, tzinfo=D.UTC), D.datetime(2020, 1, 2, 3, 4, 5, 6),
        D.datetime(2020, 1, 2, tzinfo=D.timezone(T(hours=-2), 'M2')), D.UTC, D.timezone(T(hours=3)), D.date(2020, 1, 1).isocalendar()]
for o in objs:
    c = copy.copy(o)
    dc = copy.deepcopy(o)
    f, args = o.__reduce__()[:2]
    p = f(*args)
    print(repr(o), c == o, dc == o, p == o, type(p).__name__, repr(p) == repr(o))
print(copy.deepcopy(D.UTC) is D.UTC, copy.copy(D.timezone.min) == D.timezone.min)
