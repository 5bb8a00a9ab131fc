# io.TextIOWrapper over a binary stream: tell/seek cookies, detach, reconfigure, close, iteration.
import io


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


text = 'aé€😀b\nc\r\nd\ne'
for nl in (None, ''):
    t = io.TextIOWrapper(io.BytesIO(text.encode('utf-8')), encoding='utf-8', newline=nl)
    print([t.read(1) for _ in range(7)], t.tell())
    t.seek(0)
    t.read(2)
    c = t.tell()
    print(c, repr(t.read(2)), t.seek(c), repr(t.read()))
    # every position round-trips
    t.seek(0)
    cookies = []
    while True:
        cookies.append(t.tell())
        if not t.read(1):
            break
    rest = []
    for c in cookies:
        t.seek(c)
        rest.append(t.read())
    print(rest == [text_rest for text_rest in rest], len(set(rest)) == len(rest), rest[:3])
    t.seek(0)
    lines = []
    while True:
        pos = t.tell()
        line = t.readline()
        if not line:
            break
        lines.append((pos, line))
    print(lines)
    for pos, line in reversed(lines):
        t.seek(pos)
        assert t.readline() == line, (pos, line)
    print(t.seek(0, 2), repr(t.read()), t.seek(0), repr(t.readline()))

# utf-16 and a Latin-1 stream positions
for enc in ('utf-16', 'latin-1', 'utf-8-sig'):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    t.write('xy\nzé\n')
    t.flush()
    t.seek(0)
    first = t.readline()
    pos = t.tell()
    print(enc, repr(first), repr(t.readline()), t.seek(pos) == pos, repr(t.read()))
    t.seek(0, 2)
    t.write('tail')
    t.seek(0)
    print(enc, repr(t.read()), b.getvalue()[:4])

# read then write, write then read
b = io.BytesIO(b'0123456789')
t = io.TextIOWrapper(b, encoding='ascii')
print(repr(t.read(3)), t.tell())
t.seek(t.tell())
t.write('ab')
t.flush()
print(b.getvalue(), t.tell(), repr(t.read()))

# seek errors
t = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
attempt(lambda: t.seek(1, 1))
attempt(lambda: t.seek(1, 2))
attempt(lambda: t.seek(0, 3))
attempt(lambda: t.seek(-1))
attempt(lambda: t.seek(0, 1))
for line in t:
    attempt(t.tell)
print(t.tell())

# reconfigure
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
t.reconfigure(encoding='latin-1')
print(t.encoding, t.errors)
t.reconfigure(errors='replace', line_buffering=True, write_through=True)
print(t.encoding, t.errors, t.line_buffering, t.write_through)
t.reconfigure(newline='\r\n')
t.write('é\n')
print(t.buffer.getvalue())
attempt(lambda: t.reconfigure(newline='x'))
attempt(lambda: t.reconfigure(foo=1))
attempt(lambda: t.reconfigure(encoding=3))
t = io.TextIOWrapper(io.BytesIO(b'ab\ncd'), encoding='utf-8')
print(repr(t.readline()))
attempt(lambda: t.reconfigure(encoding='latin-1'))
attempt(lambda: t.reconfigure(newline=''))
t.reconfigure(line_buffering=True)
print(t.line_buffering)

# detach
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
t.write('pending')
d = t.detach()
print(d is b, b.getvalue(), repr(t))
for f in (t.read, t.tell, t.flush, lambda: t.write('x'), lambda: t.seek(0), t.close, lambda: t.closed,
          lambda: t.name, t.fileno, t.detach, t.readable, lambda: t.newlines):
    attempt(f)
print(t.encoding, t.buffer)

# close
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
t.write('x')
print(t.closed)
with t:
    pass
print(t.closed, b.closed)
for f in (t.read, lambda: t.write('x'), t.tell, lambda: t.seek(0), t.readline, t.flush, t.close,
          lambda: next(t), t.seekable):
    attempt(f)
print(repr(t), t.encoding)
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
t.buffer.close()
attempt(lambda: t.write('x'))
t.close()

# re-wrapping a buffer, a buffered reader over a BytesIO underneath
f = io.TextIOWrapper(io.BufferedReader(io.BytesIO('x\ny\n'.encode())), encoding='utf-8')
g = io.TextIOWrapper(f.detach(), encoding='utf-8', newline='')
print(g.readlines(), type(g.buffer).__name__)
