# io.StringIO / io.BytesIO state: __getstate__/__setstate__, copy.copy and copy.deepcopy
import io, copy
s = io.StringIO('abc\ndef', newline=None)
s.read(2)
c = copy.copy(s)
print(c.getvalue(), c.tell(), c.read())
b = io.BytesIO(b'xyz'); b.read(1)
d = copy.deepcopy(b)
print(d.getvalue(), d.tell())
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\n', newline=nl)
    s.x = [1]
    s.readline()
    st = s.__getstate__()
    c = copy.deepcopy(s)
    print(repr(nl), st[1:3], repr(c.getvalue()), c.tell(), c.x, c.readlines(), c.newlines)
b = io.BytesIO(b'q')
b.tag = 'T'
print(b.__getstate__(), copy.copy(b).tag)
n = io.StringIO.__new__(io.StringIO)
n.__setstate__(('restored', None, 3, None))
print(n.read(), n.closed)
for bad in [(1, None, 0, None), ('x', None, -1, None), ('x', None, 0, 5), ('x', 'q', 0, None), ('x',), 5]:
    try:
        io.StringIO().__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [('x', 0, None), (b'x', -1, None), (b'x', 0, 7), (b'x',)]:
    try:
        io.BytesIO().__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
