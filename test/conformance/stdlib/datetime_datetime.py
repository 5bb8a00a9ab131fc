# datetime.datetime (naive): construction, views, isoformat, arithmetic, comparison, combine, timestamps in UTC.
from datetime import datetime, date, time, timedelta, timezone, UTC
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min), repr(datetime.max))
d = datetime(2024, 2, 29, 13, 45, 30, 250)
print(repr(d), d, d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(repr(d.date()), repr(d.time()), repr(d.timetz()), d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.ctime(), d.timetuple(), d.utctimetuple(), d.utcoffset(), d.dst(), d.tzname())
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)), repr(datetime(2020, 1, 1, fold=1)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(d.isoformat(timespec=spec), d.isoformat(' ', spec), datetime(2020, 1, 1).isoformat('x', spec))
print(d + timedelta(days=1, hours=11), d - timedelta(microseconds=251), timedelta(weeks=-1) + d, d - datetime(2000, 1, 1))
print(datetime(2000, 1, 1) - d, d - d, type(d - d).__name__, datetime.max - datetime.min)
x = datetime(2020, 1, 1)
for i in range(500):
    x += timedelta(hours=7, seconds=1)
print(x, x - datetime(2020, 1, 1))
print(d == datetime(2024, 2, 29, 13, 45, 30, 250), d < datetime(2024, 3, 1), d > x, d <= d, d >= x, d == 1, d != 'x')
print(hash(d) == hash(datetime(2024, 2, 29, 13, 45, 30, 250)), hash(d) == hash(d.replace(fold=1)), len({d, d.replace(fold=1), x}))
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23), datetime(1999, 12, 31)]))
print(d.replace(year=2023, day=28), d.replace(hour=0, microsecond=0), repr(d.replace(tzinfo=UTC)), repr(d.replace(fold=1)))
print(repr(datetime.combine(date(2020, 5, 6), time(7, 8, 9))), repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=UTC))))
print(repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=UTC), tzinfo=None)), repr(datetime.combine(d, time(1))))
print(repr(datetime.fromordinal(738000)), repr(datetime.fromisocalendar(2020, 10, 2)), repr(datetime.fromtimestamp(0, UTC)))
print(repr(datetime.fromtimestamp(1700000000.123456, timezone.utc)), repr(datetime.fromtimestamp(-1.5, UTC)), repr(datetime.fromtimestamp(1e9 + 0.0000005, UTC)))
print(repr(datetime.fromtimestamp(86399.9999996, UTC)), datetime(2001, 9, 9, 1, 46, 40, tzinfo=UTC).timestamp(), datetime(1969, 1, 1, tzinfo=UTC).timestamp())
print(type(datetime.now()).__name__, datetime.now(UTC).tzinfo, datetime.now() > datetime(2000, 1, 1), datetime.now(UTC) > datetime(2000, 1, 1, tzinfo=UTC))
print(type(datetime.today()).__name__, isinstance(datetime.now(), date), issubclass(datetime, date))
ts = datetime(2020, 6, 1, 12).timestamp()
print(type(ts).__name__, datetime.fromtimestamp(ts) == datetime(2020, 6, 1, 12))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u = datetime.utcfromtimestamp(1e9)
    n = datetime.utcnow()
print(repr(u), type(n).__name__, n.tzinfo, len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
for s in ['2020-01-02', '2020-01-02T03:04', '2020-01-02 03:04:05', '2020-01-02T03:04:05.123', '2020-01-02T03:04:05.123456789',
          '20200102T030405', '2020-W01-1T00:00', '2020W011 11', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05+05:30',
          '2020-01-02T03:04:05-0800', '2020-01-02x01', '2020-01-02T03:04:05,5+00:00', '2020-W53']:
    print(s, repr(datetime.fromisoformat(s)))
class MyDT(datetime):
    pass
m = MyDT(2020, 1, 1, 12)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m.replace(hour=1)).__name__, type(MyDT.fromtimestamp(0, UTC)).__name__)
print(type(MyDT.combine(date(2020, 1, 1), time())).__name__, type(MyDT.fromisoformat('2020-01-01')).__name__, type(MyDT.strptime('2020', '%Y')).__name__)
from datetime import datetime, date, timedelta, timezone
class SubDate(date):
    def __new__(cls, y, m, d, tag='x'):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self
x = SubDate(2020, 1, 1, "a")
print(x.tag, (x + timedelta(1)).tag, type(x - timedelta(1)).__name__, hasattr(x.replace(day=3), "tag"))
class DT(datetime):
    def __init__(self, *a, **k):
        self.inited = True
y = DT(2020, 1, 1)
print((y + timedelta(hours=1)).inited, type(y.astimezone(timezone.utc)).__name__, type(DT.now()).__name__, type(y.replace(fold=1)).__name__)
z = DT(2020, 1, 1, fold=1)
print((z + timedelta(0)).fold, type(DT.fromtimestamp(0, timezone.utc)).__name__)
