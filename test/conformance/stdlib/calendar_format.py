# calendar: TextCalendar and HTMLCalendar output, character for character, and the
# module-level month/calendar/prmonth/prcal/week/weekheader functions.
import calendar

print(calendar.month(2024, 2))
print(repr(calendar.month(2024, 2, 3, 2)))
print(repr(calendar.month(2021, 2, 1, 0)))
calendar.prmonth(2023, 12)
calendar.prmonth(1, 1, 4)
print(calendar.calendar(2023))
print(repr(calendar.calendar(2023, 3, 2, 1, 2)))
print(calendar.calendar(2024, 2, 1, 3, 4))
calendar.prcal(2025, m=6, c=1)
print(calendar.weekheader(1), '|', calendar.weekheader(2), '|', calendar.weekheader(3), '|',
      calendar.weekheader(9), '|', calendar.weekheader(10), '|')
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.prweek([(5, 0), (6, 1)], 2)
print('|')
calendar.format(['a', 'b'], 5, 2)
print(repr(calendar.formatstring(['a', 'bc', 'def'], 6, 3)), repr(calendar.formatstring([])))

t = calendar.TextCalendar(6)
print(repr(t.formatweek([(0, 6), (1, 0), (2, 1)], 2)), repr(t.formatday(0, 0, 3)), repr(t.formatday(5, 0, 3)))
print(repr(t.formatweekday(0, 5)), repr(t.formatweekday(3, 1)), repr(t.formatweekday(2, 12)))
print(repr(t.formatmonthname(2024, 1, 20)), repr(t.formatmonthname(2024, 1, 20, False)))
print(repr(t.formatweekheader(2)))
print(t.formatmonth(2024, 9))
print(t.formatyear(2000, 3, 1, 2, 2))
try:
    t.formatmonth(2024, 13)
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(calendar.LocaleTextCalendar(0, 'C'), calendar.TextCalendar))
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 1) == calendar.TextCalendar().formatmonth(2024, 1))


class Stars(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        return ('*' if weekday >= 5 and day else str(day or '')).rjust(width)


print(Stars().formatmonth(2024, 6))

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(calendar.HTMLCalendar(6).formatyear(2024, 4))
print(h.formatyear(2023, 0)[:300])
page = h.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page[:420].decode())
print(page[-120:].decode())
print(h.formatyearpage(2024, 6, None, 'ascii')[:400])
print(h.cssclasses, h.cssclass_noday, h.cssclasses_weekday_head, h.cssclass_month_head,
      h.cssclass_month, h.cssclass_year, h.cssclass_year_head)
print(h.formatday(0, 1), h.formatday(9, 6), h.formatweekday(1), h.formatmonthname(2024, 3, False))
print(h.formatweekheader())
print(h.formatweek([(1, 0), (0, 1)]))


class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_month = 'm text-center'
    cssclass_noday = 'empty'


print(Styled(2).formatmonth(2022, 5))
print(isinstance(calendar.LocaleHTMLCalendar(), calendar.HTMLCalendar))
