# csv: DictReader (fieldnames, restkey, restval, line_num, blank lines) and DictWriter
# (writeheader, restval, extrasaction and its errors, what the writes return).
import csv
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


rd = csv.DictReader(io.StringIO('a,b\r\n1,2\r\n3\r\n4,5,6,7\r\n\r\n8,9\r\n'))
print(rd.fieldnames, rd.line_num)
for row in rd:
    print(row, rd.line_num)
print(list(csv.DictReader(['1,2,3'], fieldnames=['x', 'y'], restkey='R', restval='V')))
print(list(csv.DictReader(['1'], fieldnames=['x', 'y'], restval='V')))
print(list(csv.DictReader(['1,2'], fieldnames=iter(['x', 'y']))))
rd = csv.DictReader([])
print(rd.fieldnames, list(rd), rd.line_num)
rd = csv.DictReader(['\n', 'a;b', '1;2'], delimiter=';')
print(rd.fieldnames, list(rd))
rd = csv.DictReader(['a,b', 'c,d'])
rd.fieldnames = ['p', 'q']
print(list(rd))
rd = csv.DictReader(['x|y', '"1|2"|3'], dialect='excel', delimiter='|')
print(list(rd), rd.dialect, rd.restkey, rd.restval)
rd = csv.DictReader(['a,b', '"1'], strict=True)
show(lambda: list(rd))
print(csv.DictReader[str], csv.DictWriter[str])

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'])
print(w.writeheader(), w.writerow({'a': 1}), w.writerows([{'b': 2}, {'a': 'x,y', 'b': None}]))
show(lambda: w.writerow({'a': 1, 'c': 3}))
show(lambda: w.writerow({'c': 3}))
show(lambda: csv.DictWriter(s, ['a'], extrasaction='bad'))
w2 = csv.DictWriter(s, ['a'], extrasaction='ignore', restval='R')
w2.writerow({'c': 1})
w3 = csv.DictWriter(s, ['a', 'b'], extrasaction='IGNORE', quoting=csv.QUOTE_ALL, lineterminator='\n')
w3.writerow({'b': 'B', 'z': 0})
print(repr(s.getvalue()))
w4 = csv.DictWriter(s, ('a',))
print(w4.fieldnames, repr(w4.restval), w4.extrasaction, type(w4.writer).__name__)
print(csv.DictWriter(s, iter(['a', 'b'])).fieldnames)

# round trip
s = io.StringIO()
w = csv.DictWriter(s, ['name', 'note'], dialect='unix')
w.writeheader()
w.writerows([{'name': 'Ann', 'note': 'says "hi"'}, {'name': 'Bob', 'note': 'two\nlines'}])
print(repr(s.getvalue()))
s.seek(0)
for row in csv.DictReader(s):
    print(row)
