# datetime.time: fields, isoformat/timespec, fromisoformat, strftime, replace, comparison, hash.
from datetime import time, timezone, timedelta, tzinfo
print(time.min, time.max, time.resolution, repr(time.min), repr(time.max))
for t in (time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999), time(12, 0, 0, 500000, fold=1)):
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.fold, t.tzinfo, bool(t))
t = time(13, 5, 9, 12345)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), time(7).isoformat(timespec=spec))
tz = timezone(timedelta(hours=5, minutes=30))
a = time(13, 5, tzinfo=tz)
print(repr(a), a, a.utcoffset(), a.dst(), a.tzname(), a.isoformat('minutes'))
print(time(1, tzinfo=timezone.utc), time(1, tzinfo=timezone(timedelta(hours=-3, seconds=-5))), time(1, tzinfo=timezone(timedelta(microseconds=-1))))
for s in ['01', '0102', '01:02', '010203', '01:02:03', '01:02:03.4', '01:02:03,456', '01:02:03.1234567', '01:02:03.123456',
          '01:02:03+05:30', '01:02:03Z', '01:02-0100', '01:02:03.5+01:00:30', 'T12:30', '01:02:03+00:00', '12:00:00-0530']:
    x = time.fromisoformat(s)
    print(s, repr(x))
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=tz), a.replace(tzinfo=None), repr(t.replace(fold=1)))
print(t.strftime('%H|%M|%S|%f|%I|%p|%%|%z|%Z'), a.strftime('%H:%M %z %Z %:z'), format(t, ''), format(a, '%H h'), f'{t:%M}')
print(time(1) < time(2), time(1) == time(1, 0), time(1) != time(1, 0, 0, 1), time(2) >= time(1, 59), time(1) == 1, time(1) != 'a')
b = time(8, 35, tzinfo=timezone.utc)
print(a == b, a < b, a > time(8, 0, tzinfo=timezone.utc), hash(a) == hash(b), time(1) == time(1, tzinfo=timezone.utc))
print(hash(time(1, 2)) == hash(time(1, 2, fold=1)), len({time(1), time(1, 0), time(2)}))
print(sorted([time(5), time(1, 30), time(23)]))
class TZ(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'TWO' if dt is None else 'dt'
c = time(10, tzinfo=TZ())
print(c, c.utcoffset(), c.dst(), c.tzname(), c == time(8, tzinfo=timezone.utc), c.strftime('%Z %z'))
for fn in (lambda: time(24), lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10**6), lambda: time(-1),
           lambda: time(fold=2), lambda: time(tzinfo=1), lambda: time('1'), lambda: time(1.0), lambda: t.isoformat('x'),
           lambda: time.fromisoformat('1:02'), lambda: time.fromisoformat('01:02:'), lambda: time.fromisoformat(''),
           lambda: time.fromisoformat('25:00'), lambda: time.fromisoformat('01:02:03+'), lambda: time.fromisoformat(5),
           lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: t.replace(hour=24), lambda: format(t, 3)):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
