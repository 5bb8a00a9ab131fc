# datetime.date: construction, ordinals, ISO calendar, formatting, replace, arithmetic, comparison.
from datetime import date, timedelta, datetime, MINYEAR, MAXYEAR
import datetime as dtmod
print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, repr(date.min))
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.ctime())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.isoformat(), str(d))
for y, m, dd in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 3, 1), (400, 2, 29), (1582, 10, 15), (1900, 2, 28), (1970, 1, 1),
                 (2000, 2, 29), (2004, 12, 31), (2020, 12, 31), (2021, 1, 3), (2026, 1, 1), (9999, 12, 31), (2015, 12, 28)]:
    x = date(y, m, dd)
    n = x.toordinal()
    print(x, n, date.fromordinal(n) == x, x.weekday(), x.isocalendar(), date.fromisocalendar(*x.isocalendar()) == x)
print(date.fromordinal(1), date.fromordinal(3652059), date.fromordinal(738000))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2015, 53, 1), date.fromisocalendar(2021, 1, 1))
for s in ['2020-01-02', '20200102', '2020-W01', '2020-W01-3', '2020W01', '2020W013', '0001-01-01', '9999-12-31']:
    print(s, repr(date.fromisoformat(s)))
print(d.replace(year=2023, day=28), d.replace(month=3), d.replace(), d.timetuple())
print(d + timedelta(1), d - timedelta(366), timedelta(days=-59) + d, d + timedelta(hours=47), d - timedelta(seconds=1))
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, type(d - d).__name__, date.max - date.min)
print(d == date(2024, 2, 29), d != date(2024, 3, 1), d < date(2024, 3, 1), d >= date(2024, 3, 1), d == 5, d != 'x')
print(sorted([date(2020, 5, 1), date(1999, 1, 1), date(2020, 4, 30)]))
print(hash(d) == hash(date(2024, 2, 29)), len({d, date(2024, 2, 29), date(2024, 3, 1)}))
dt = datetime(2024, 2, 29)
print(d == dt, dt == d, d != dt, dt != d)
for fn in (lambda: d < dt, lambda: dt > d, lambda: d <= dt, lambda: dt >= d):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
print(isinstance(date.today(), date), type(date.today()).__name__, date.today() > date(2000, 1, 1))
print(type(date.fromtimestamp(86400 * 365)).__name__)
class MyDate(date):
    def extra(self):
        return self.year * 2
m = MyDate(2020, 1, 1)
print(repr(m), m.extra(), type(m + timedelta(1)).__name__, type(m.replace(day=5)).__name__, type(MyDate.fromordinal(5)).__name__)
print(type(MyDate.fromisoformat('2020-01-01')).__name__, m == date(2020, 1, 1))
print(dtmod.date(2020, 1, 1).strftime('%Y/%m/%d %a %A %b %B %j %U %W %%'), format(d, ''), format(d, '%d.%m.%y'), f'{d:%Y}')
print(d.strftime('%H:%M:%S %f'), '{:%A}'.format(d))
