# datetime.strptime / time.strptime (our addition is checked only where CPython has it) and strftime round trips.
from datetime import datetime, timezone, timedelta, date, time
cases = [('2020-01-02', '%Y-%m-%d'), ('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('02/01/99', '%d/%m/%y'),
         ('02/01/68', '%d/%m/%y'), ('02/01/69', '%d/%m/%y'), ('1-2-2020', '%m-%d-%Y'), ('12:30:45.123', '%H:%M:%S.%f'),
         ('12:30:45.000001', '%H:%M:%S.%f'), ('2020 366', '%Y %j'), ('2021 032', '%Y %j'), ('Mar 5 2021', '%b %d %Y'),
         ('march 5 2021', '%B %d %Y'), ('Fri, 05 Mar 2021', '%a, %d %b %Y'), ('Friday 5 MAR 2021', '%A %d %b %Y'),
         ('07:15 PM', '%I:%M %p'), ('12:15 am', '%I:%M %p'), ('12:15 pm', '%I:%M %p'), ('100%', '%H%%'),
         ('2020-01-02T03:04:05+0530', '%Y-%m-%dT%H:%M:%S%z'), ('2020-01-02T03:04:05-08:00', '%Y-%m-%dT%H:%M:%S%z'),
         ('2020-01-02T03:04:05Z', '%Y-%m-%dT%H:%M:%S%z'), ('2020-01-02 03:04:05 +000000', '%Y-%m-%d %H:%M:%S %z'),
         ('20200102030405', '%Y%m%d%H%M%S'), ('  2020   1', '%Y %m'), ('2020', '%Y'), ('', ''), ('5', '%d'),
         ('23:59:60', '%H:%M:%S'), ('2020-01-02 03:04', '%Y-%m-%d %H:%M'), ('x2020y', 'x%Yy')]
for s, f in cases:
    try:
        print(repr(s), f, repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), f, 'ValueError', e)
bad = [('2020-01-02x', '%Y-%m-%d'), ('2020-1', '%Y-%m-%d'), ('13/01/2020', '%m/%d/%Y'), ('2020-02-30', '%Y-%m-%d'),
       ('24:00', '%H:%M'), ('abc', '%Y'), ('2020', '%Y-%m'), ('02-29', '%m-%d'), ('1:2', '%H:%M:%S')]
for s, f in bad:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print('ValueError', e)
for fn in (lambda: datetime.strptime(5, '%Y'), lambda: datetime.strptime('2020', 5)):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError', e)
d = datetime(2021, 3, 5, 19, 7, 9, 42, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
fmt = '%Y-%m-%d %H:%M:%S.%f %z'
s = d.strftime(fmt)
print(s, datetime.strptime(s, fmt) == d, repr(datetime.strptime(s, fmt)))
print(d.strftime('%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %% %f %z %:z'))
print(d.strftime('%e|%C|%G|%g|%V|%u|%D|%T|%R|%F|%h|%n|%t|'))
print(datetime(5, 1, 1).strftime('%Y|%y|%G'), date(1900, 1, 1).strftime('%A %j'), time(0, 1).strftime('%p %I %Y %j'))
print(format(d, '%H:%M'), '{:%Y/%m/%d}'.format(d), f'{d}', f'{d:}', format(datetime(2020, 1, 1), ''))
print(datetime(2020, 1, 1, 0, 0, 0, 500).strftime('%f'), datetime(2020, 1, 1).strftime('%z|%Z|%:z'), d.strftime(''), d.strftime('plain'))
for iso in [d.isoformat(), d.isoformat(' ', 'milliseconds'), str(d), d.replace(microsecond=0).isoformat()]:
    print(iso, datetime.fromisoformat(iso) == d.replace(microsecond=datetime.fromisoformat(iso).microsecond))
print([datetime.fromisoformat(x.isoformat()) == x for x in (datetime(1, 1, 1), datetime.max, datetime(2020, 2, 29, tzinfo=timezone.utc))])
for s in ['2020-13-01', '2020-00-10', '2020-02-30', '20200230', '2020-1-1', '2020-01-01T', '2020-01-01T1', 'x', '2020-W54',
          '2020-W01-8', '2020-01-01T01:02:03+25:00', '2020-01-01T00:00:00.', '2020/01/01', '2020-01-01T01:60']:
    try:
        print(s, datetime.fromisoformat(s))
    except ValueError as e:
        print(s, 'ValueError', e)
for s in ['2020-01-01T00:00', '20201', '2020-01', '2020-W01-1', 'abcd-ef-gh', '2020-01-01 ']:
    try:
        print(s, date.fromisoformat(s))
    except ValueError as e:
        print(s, 'ValueError', e)
