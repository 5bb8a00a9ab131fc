# csv: reader over lists and io.StringIO: quoting, doublequote, escapechar, skipinitialspace,
# strict, line endings, QUOTE_NONNUMERIC, dialects, field_size_limit and the errors met.
import csv
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def rows(data, *args, **kw):
    show(lambda: list(csv.reader(data, *args, **kw)))


# plain and quoted fields, embedded delimiters, doubled quotes, line endings
rows(['a,b,c\r\n', '1,"2,3",4\n', '"x""y",z'])
rows(io.StringIO('a,b\r\n"c\r\nd",e\r\n'))
rows(io.StringIO('name,qty\n"multi\nline",3\n', newline=''))
rows(['a,b\r\n', '\n', ''])
rows(['""', '', ',', '"",""', 'a,', ',a'])
rows(['a\r', 'a\n\n', 'a\r\n\r\n'])
rows(['"a\rb"', '"a\r\nb"'])
rows(['a\x85b\u2028c', 'a,b\x0bc', 'a\0b'])
# unterminated quoted fields at the end of the data
rows(['"abc'])
rows(['a,"b'])
rows(['a,"'])
rows(['"abc\n', 'def"\n'])
rows(['"abc"def', 'ab"c"d', '"a" ,b', '"a""'])
rows(['"abc"def'], strict=True)
rows(['"a" ,b'], strict=True)
rows(['a,"b'], strict=True)
# new lines inside unquoted fields
rows(['a,b\nc'])
rows(['a,b\rc'])
rows(['x\r\n\r\ny'])
rows(['"x"\r\ny'])
# escapechar
rows(['a\\,b', '"a\\"b"', 'a\\\\b'], escapechar='\\')
rows(['"a\\"b"'], escapechar='\\', doublequote=False)
rows(['a\\'], escapechar='\\')
rows(['"a\\'], escapechar='\\')
rows(['abc\\\ndef\n'], escapechar='\\')
rows(['abc\\\n', 'def\n'], escapechar='\\')
rows(['"abc\\\n', 'def"\n'], escapechar='\\')
rows(['a\\\rb'], escapechar='\\')
rows(['"a\\'], escapechar='\\', strict=True)
# doublequote=False
rows(['a,"b""c",d', '"a"b'], doublequote=False)
# skipinitialspace
rows(['a, b,  c', 'a, "b,c", d', 'a, ', ' ,a'], skipinitialspace=True)
rows(['a b  c'], delimiter=' ', skipinitialspace=True)
rows(['a b  c'], delimiter=' ')
# QUOTE_NONNUMERIC converts the unquoted fields
rows(['1,"2",3.5', ',1,', ' 1 , 2', '\\1,2'], quoting=csv.QUOTE_NONNUMERIC, escapechar='\\')
rows(['1,"2",3.5,x'], quoting=csv.QUOTE_NONNUMERIC)
rows([' 1, 2'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
# QUOTE_NONE: quotes are ordinary characters
rows(['a,"b,c'], quoting=csv.QUOTE_NONE)
rows(['a,"b,c'], quotechar=None)
# QUOTE_STRINGS and QUOTE_NOTNULL read as QUOTE_MINIMAL in 3.12
rows(['1,"2",,x', '1,"",,x'], quoting=csv.QUOTE_STRINGS)
rows(['1,"2",,x', '1,"",,x'], quoting=csv.QUOTE_NOTNULL)
# other delimiters and dialects
rows(['a\tb'], dialect='excel-tab')
rows(['a;b', "'x;y';z"], delimiter=';', quotechar="'")
show(lambda: list(csv.reader(['a|"b"'], 'unix', delimiter='|')))
rows(['a\nb'], delimiter='\n')
rows(['a\rb,c'], lineterminator='\r')


class Semi(csv.excel):
    delimiter = ';'


rows(['a;"b;c"'], Semi)
rows(['a;b'], dialect=Semi())

# what the iterable gives
rows([5])
rows([b'abc'])
rows(iter(['a,b\n', 'c,d\n']))

# line_num counts the lines read, a record can span several
rd = csv.reader(['a\n', '"b\n', 'c"\n', 'd'])
for row in rd:
    print(row, rd.line_num)
print(rd.dialect.delimiter, rd.dialect.quoting, type(rd).__name__, type(rd.dialect).__name__)
rd = csv.reader(['"a', 'b'], strict=True)
show(lambda: next(rd))
print(rd.line_num)
show(lambda: next(rd))
rd = csv.reader(['a,b\rc', 'd,e'])
show(lambda: next(rd))
show(lambda: next(rd))
print(rd.line_num)

# field_size_limit
print(csv.field_size_limit())
print(csv.field_size_limit(5))
rows(['abcdef'])
rows(['abcde'])
rows(['"abcdef"'])
rows(['abc\n', 'de'])
rows(['"abc\n', 'de"'])
rows(['ab\\', 'cdef'], escapechar='\\')
print(csv.field_size_limit(131072))
show(lambda: csv.field_size_limit('a'))
show(lambda: csv.field_size_limit(1, 2))
show(lambda: csv.field_size_limit(limit=5))
rows(['x' * 200000])

# a larger file: a mix of quoted and plain rows
data = ''.join('%d,name %d,"quoted, %d",%s\r\n' % (i, i, i, 'x' * (i % 5)) for i in range(10000))
result = list(csv.reader(io.StringIO(data)))
print(len(result), result[0], result[9999])
result = list(csv.reader(io.StringIO(data.replace('"', ''))))
print(len(result), result[1], result[9998])
