# SyntaxError's fields and str; the Unicode errors' 5-argument constructors and str.
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

s = SyntaxError('invalid syntax', ('f.py', 3, 4, 'x = (\n', 3, 5))
print(repr(s), str(s))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, s.print_file_and_line)
print(str(SyntaxError('m')), str(SyntaxError('m', ('/a/b/c.py', None, None, None))))
print(str(SyntaxError('m', (None, 7, 1, 'x'))), str(SyntaxError()))
show('short info', lambda: SyntaxError('m', (1, 2)))
show('long info', lambda: SyntaxError('m', (1, 2, 3, 4, 5, 6, 7)))
print(str(IndentationError('unexpected indent', ('g.py', 1, 1, ' x', 1, 2))))

try:
    compile('x = (', 'comp.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)

u = UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')
print(repr(u), str(u), u.encoding, u.object, u.start, u.end, u.reason)
print(str(UnicodeEncodeError('ascii', 'aéé', 1, 3, 'r')))
print(str(UnicodeEncodeError('x', 'a\u1234', 1, 2, 'r')), str(UnicodeEncodeError('x', 'a\U0001f600', 1, 2, 'r')))
d = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(repr(d), str(d), d.object)
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')))
t = UnicodeTranslateError('a\u1234', 1, 2, 'no mapping')
print(repr(t), str(t), t.encoding, t.start)
show('enc args', lambda: UnicodeEncodeError('a'))
show('enc types', lambda: UnicodeEncodeError(1, 'a', 0, 1, 'r'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(repr(e), e.args, e.start, e.end)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(repr(e), e.args, e.object)
