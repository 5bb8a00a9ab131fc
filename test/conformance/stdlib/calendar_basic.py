# calendar: isleap, leapdays, weekday, monthrange, monthcalendar, timegm, firstweekday,
# the Calendar iterators, the Day and Month enums, the name sequences and the errors.
import calendar
import datetime


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900))
print(calendar.leapdays(2000, 2025), calendar.leapdays(2025, 2000), calendar.leapdays(1, 10000),
      calendar.leapdays(-400, 0), calendar.leapdays(1900, 1901))
print(repr(calendar.weekday(2024, 1, 1)), repr(calendar.weekday(1, 1, 1)), calendar.weekday(10000, 1, 1),
      calendar.weekday(-5, 3, 1), calendar.weekday(9999, 12, 31))
show(lambda: calendar.weekday(2024, 2, 30))
print(repr(calendar.monthrange(2024, 2)), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2))
show(lambda: calendar.monthrange(2024, 13))
show(lambda: calendar.monthrange(2024, 0))
show(lambda: calendar.monthrange(2024, '1'))
print(calendar.monthcalendar(2024, 3))
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)),
      calendar.timegm(datetime.datetime(2020, 1, 1).timetuple()), calendar.timegm((2024, 1, 0, 0, 0, 0)))

# the first weekday of the module-level functions
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0], calendar.weekheader(2))
calendar.setfirstweekday(0)
show(lambda: calendar.setfirstweekday(7))
show(lambda: calendar.setfirstweekday(-1))
print(calendar.firstweekday())

# enums
print(repr(calendar.MONDAY), str(calendar.MONDAY), repr(calendar.JANUARY), calendar.JANUARY + 1,
      f'{calendar.SUNDAY}', calendar.SUNDAY == 6, calendar.Day, calendar.Month)
print(list(calendar.Month))
print(list(calendar.Day), repr(calendar.Month(3)), repr(calendar.Day['FRIDAY']),
      calendar.FRIDAY.name, calendar.FRIDAY.value, isinstance(calendar.MAY, int))
print([m for m in calendar.__all__ if not hasattr(calendar, m)])

# names of the C locale
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(calendar.day_name[-1], calendar.day_abbr[1:3], calendar.month_name[-1], len(calendar.month_name),
      len(calendar.day_abbr), calendar.month_abbr[::4])
show(lambda: calendar.day_name[7])
show(lambda: calendar.month_name[13])
show(lambda: calendar.month_name[1.5])

# errors
e = calendar.IllegalMonthError(0)
print(e.month, e.args, repr(e), str(e), isinstance(e, ValueError), calendar.error)
e = calendar.IllegalWeekdayError(-1)
print(e.weekday, e.args, repr(e), str(e), isinstance(e, ValueError))
print(calendar.mdays, calendar.EPOCH)
show(lambda: calendar.nope)

# Calendar
cal = calendar.Calendar()
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal7 = calendar.Calendar(7)
print(cal7.firstweekday, list(cal7.iterweekdays()))
cal.firstweekday = 3
print(cal.firstweekday, list(cal.iterweekdays()))
cal.setfirstweekday(6)
print(cal.getfirstweekday())
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays3(2024, 12))[-6:])
print(list(cal.itermonthdays4(2024, 2))[:2])
print(list(cal.itermonthdates(2024, 2))[0], list(cal.itermonthdates(2024, 2))[-1])
print(cal.monthdatescalendar(2024, 2)[0][:2])
print(cal.monthdays2calendar(2023, 10))
print(cal.monthdayscalendar(2026, 2))
print(calendar.Calendar().monthdayscalendar(2021, 2))
print(list(calendar.Calendar().itermonthdates(1, 1))[:2], list(calendar.Calendar().itermonthdays3(1, 1))[:1])
print(list(calendar.Calendar(6).itermonthdays3(1, 1))[:2])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-2:])
show(lambda: list(calendar.Calendar().itermonthdates(9999, 12)))
show(lambda: calendar.Calendar().monthdatescalendar(2024, 0))
show(lambda: next(calendar.Calendar().itermonthdays(2024, 13)))
y = calendar.Calendar().yeardayscalendar(2024)
print(len(y), [len(r) for r in y], y[0][1])
y = calendar.Calendar().yeardays2calendar(2024, 5)
print(len(y), [len(r) for r in y], y[2][1][-1])
y = calendar.Calendar().yeardatescalendar(2024, 12)
print(len(y), len(y[0]), y[0][11][-1][-1])
