# io.StringIO: reading, writing, seeking, newline modes, errors
import io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO('hello\nworld\nlast')
print(repr(s.read(3)), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.readline(2)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(7))
s.seek(0)
print(list(s))
print([line for line in io.StringIO('a\nb\n')])
print(repr(s.getvalue()))

w = io.StringIO()
print(w.write('abc'), w.write(''), w.write('déf€'), w.tell())
print(repr(w.getvalue()))
w.seek(1)
print(w.write('XY'), repr(w.getvalue()), w.tell())
w.seek(10)
print(w.write('z'), repr(w.getvalue()))
print(w.truncate(4), repr(w.getvalue()), w.tell())
print(w.truncate(), repr(w.getvalue()))
w.seek(0, 2)
print(w.tell(), w.seek(0), w.seek(0, 1), w.seek(0, 2))
w.writelines(['1', '2', '3'])
print(repr(w.getvalue()))
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed, w.flush())
print(w.encoding, w.errors, w.line_buffering, w.newlines)

# astral characters count as one position each
a = io.StringIO('x\U0001F600y\nz')
print(repr(a.read(2)), a.tell(), repr(a.readline()), repr(a.read()))

# loops of writes
big = io.StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])
big.seek(5)
print(repr(big.read(5)))

# newline modes
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write('a\nb\r\nc\rd')
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print('   ', s.readlines())
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\nb\r\nc\rd\r', newline=nl)
    print(repr(nl), s.readlines(), repr(s.newlines))
s = io.StringIO(newline=None)
s.write('x\r')
s.write('\ny')
print(repr(s.getvalue()), repr(s.newlines))

# print to a StringIO and a replaced sys.stdout
import sys
buf = io.StringIO()
print('to', 'buf', sep='-', end='!\n', file=buf)
print(1, 2.5, None, file=buf)
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
got = sys.stdout.getvalue()
sys.stdout = old
print(repr(buf.getvalue()), repr(got))

with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)

class Sub(io.StringIO):
    def __init__(self):
        super().__init__('sub\ntext')
        self.extra = 1
x = Sub()
print(x.readline(), x.extra, isinstance(x, io.StringIO), type(x).__name__)
print(io.StringIO.__name__, io.StringIO.__module__, io.StringIO is __import__('_io').StringIO)
print(io.StringIO(None).getvalue() == '', io.StringIO('abc', None).getvalue())
