# time.strptime (parsed by the same code as datetime.strptime): struct_time fields and errors.
import time
for args in [('2020-03-05 10:11:61', '%Y-%m-%d %H:%M:%S'), ('Thu Mar  5 10:11:12 2020',), ('2020 100', '%Y %j'),
             ('10', '%H'), ('+0130', '%z'), ('31/12/99 11pm', '%d/%m/%y %I%p'), ('Feb 29 2024', '%b %d %Y'),
             ('1970-01-01T00:00:00', '%Y-%m-%dT%H:%M:%S'), ('5 Sunday 2021', '%d %A %Y'), ('12/25/20', '%x'),
             ('23:59:01', '%X'), ('Thu Mar  5 10:11:12 2020', '%c'), ('2000-W', '%Y-W')]:
    t = time.strptime(*args)
    print(args, tuple(t), type(t).__name__, t.tm_yday, t.tm_wday)
for args in [(5,), ('x', 5), ('2020-02-30', '%Y-%m-%d'), ('x', '%Y'), ('2020x', '%Y'), ('1', '%Q'), ('1', '%'), ('2020', '%F'), (), ('a', 'b', 'c')]:
    try:
        print(time.strptime(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(time.strptime('2021-06-15', '%Y-%m-%d') == time.strptime('15.06.2021', '%d.%m.%Y'))
