# csv: writer (what writerow/writerows return and write), the quoting modes, escaping,
# dialect parameters and their validation, the dialect registry.
import csv
import io
from decimal import Decimal
from fractions import Fraction


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def write(rows, *args, **kw):
    s = io.StringIO()
    w = csv.writer(s, *args, **kw)
    try:
        for row in rows:
            print(w.writerow(row), end=' ')
    except Exception as e:
        print(type(e).__name__, e, end=' ')
    print(repr(s.getvalue()))


write([['a', 'b,c', 'd"e', 'f\ng', '', None, 1, 2.5, True, ' x', 'x ', '#a', 'a\tb']])
write([['a', 'b,c', '', None, 1, 2.5]], quoting=csv.QUOTE_ALL)
write([['a', 'b,c', '', None, 1, 2.5, True, Decimal('1.5'), Fraction(1, 3), 1j]],
      quoting=csv.QUOTE_NONNUMERIC)
write([['a', 'b,c', '', None, 1, 2.5]], quoting=csv.QUOTE_STRINGS)
write([['a', 'b,c', '', None, 1, 2.5]], quoting=csv.QUOTE_NOTNULL)
write([['a', 'b,c']], quoting=csv.QUOTE_NONE)
write([['a', 'b,c']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['a', 'b"c', 'd\\e', 'f\ng']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['a"b']], doublequote=False)
write([['a"b', 'c\\d']], doublequote=False, escapechar='\\')
write([['a"b', 'c\\d', 'e,f']], escapechar='\\')
write([['a|b']], escapechar='|', lineterminator='|\n')
write([['a,b']], quotechar=None, escapechar='\\')
write([['a"b']], quotechar=None)
# records of one empty field are quoted, so that they read back
write([[''], [None], [], ['', '']])
write([['']], quoting=csv.QUOTE_NONE)
write([['', 'a']], quoting=csv.QUOTE_NONE)
# only the characters of the lineterminator force quoting
write([['a\rb', 'c\r']])
write([['a\rb', 'c\nd']], lineterminator='\n')
write([['a|b', 'a\nb']], lineterminator='|')
write([['a b']], delimiter=' ')
write([['a', 'b']], dialect='excel-tab')
write([['a', 'b']], 'unix')
write([['a'], ['b']], lineterminator='|')
write([["it's", 'x']], quotechar="'")
write([[float('nan'), 1e100, -0.0, 10 ** 20, 'é✓']])
# any iterable is a row
write(['ab', iter(['x', 'y']), (1, 2), range(3)])
write([5])


class Shout:
    def __str__(self):
        return 'loud, clear'


write([[Shout()]])

s = io.StringIO()
w = csv.writer(s)
print(w.writerows([['a'], ['b', 'c']]), repr(s.getvalue()))
show(lambda: w.writerows(5))
show(lambda: w.writerows([5]))
show(lambda: w.writerow())
print(w.dialect.delimiter, type(w).__name__)


class Sink:
    def write(self, text):
        print('write', repr(text))
        return 42


print(csv.writer(Sink()).writerow(['a', 'b']))
show(lambda: csv.writer(5))

# parameter validation
show(lambda: csv.writer(s, delimiter=''))
show(lambda: csv.writer(s, delimiter='ab'))
show(lambda: csv.writer(s, delimiter=1))
show(lambda: csv.writer(s, delimiter=None))
show(lambda: csv.writer(s, delimiter=b','))
show(lambda: csv.writer(s, quotechar=''))
show(lambda: csv.writer(s, quotechar=1))
show(lambda: csv.writer(s, quotechar=None).dialect.quoting)
show(lambda: csv.writer(s, quoting=csv.QUOTE_ALL, quotechar=None))
show(lambda: csv.writer(s, escapechar='ab'))
show(lambda: csv.writer(s, escapechar=5))
show(lambda: csv.writer(s, escapechar=None).dialect.escapechar)
show(lambda: csv.writer(s, lineterminator=5))
show(lambda: csv.writer(s, lineterminator=None))
show(lambda: csv.writer(s, quoting=9))
show(lambda: csv.writer(s, quoting=-1))
show(lambda: csv.writer(s, quoting='a'))
show(lambda: csv.writer(s, quoting=1.0))
show(lambda: csv.writer(s, quoting=None))
show(lambda: csv.writer(s, doublequote=None).dialect.doublequote)
show(lambda: csv.writer(s, strict='yes').dialect.strict)
show(lambda: csv.writer(s, bogus=1))
show(lambda: csv.writer(s, 'nope'))
show(lambda: csv.reader())

# dialect objects and the registry
d = csv.get_dialect('excel')
print(type(d).__name__, d.delimiter, repr(d.quotechar), repr(d.escapechar), d.doublequote,
      d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
show(lambda: setattr(d, 'delimiter', ';'))
print(csv.get_dialect('excel') is d, csv.reader([], dialect=d).dialect is d,
      csv.reader([], dialect=d, delimiter=';').dialect is d)
print(csv.list_dialects())
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.__version__)
print(csv.Error.__mro__[1:], csv.Error.__module__, csv.Dialect, csv.excel, csv.excel_tab)
print(repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting, repr(csv.excel_tab.delimiter))


class My(csv.excel):
    delimiter = ';'


csv.register_dialect('my', My)
print(csv.get_dialect('my').delimiter, csv.list_dialects())
csv.register_dialect('kw', delimiter='|', quoting=csv.QUOTE_ALL)
print(csv.get_dialect('kw').delimiter, csv.get_dialect('kw').quoting)
csv.register_dialect('kw2', 'excel', delimiter='|')
print(csv.get_dialect('kw2').delimiter, csv.get_dialect('kw2').lineterminator == '\r\n')
write([['a', 'b c']], 'kw')


class Partial:
    delimiter = ':'


csv.register_dialect('partial', Partial)
print(csv.get_dialect('partial').delimiter, csv.get_dialect('partial').quoting)
show(lambda: csv.register_dialect('bad', delimiter='ab'))
show(lambda: csv.register_dialect('bad', 'nope'))
show(lambda: csv.register_dialect(5))
csv.unregister_dialect('kw')
print(csv.list_dialects())
show(lambda: csv.unregister_dialect('kw'))
show(lambda: csv.get_dialect('kw'))

# csv.Dialect subclasses are checked when instantiated, as csv.Error
print(csv.excel().delimiter, csv.excel()._valid, csv.Dialect._valid, repr(csv.Dialect._name))


class NoQuoting(csv.Dialect):
    delimiter = ';'


class Nothing(csv.Dialect):
    pass


class BadDelim(csv.Dialect):
    delimiter = 'ab'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


class Good(csv.Dialect):
    delimiter = ','
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


show(lambda: NoQuoting())
show(lambda: Nothing())
show(lambda: csv.Dialect())
show(lambda: BadDelim())
show(lambda: Good()._valid)
write([['x', 'y']], Good)
