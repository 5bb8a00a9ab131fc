# Common wrapping idioms: a UTF-8 text layer over sys.stdout.buffer, csv over a binary file,
# re-wrapping an open file's buffer, and a text layer over a custom raw stream.
import csv
import io
import sys

out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
print('native first', flush=True)
out.write('wrapped: é ✓\n')
print(out.encoding, out.line_buffering, type(out.buffer) is type(sys.stdout.buffer), flush=True)
out.write('second ')
out.flush()
print('native again', flush=True)
out.detach()

with open('table.csv', 'wb') as f:
    t = io.TextIOWrapper(f, encoding='utf-8', newline='')
    w = csv.writer(t)
    w.writerow(['name', 'note'])
    w.writerow(['café', 'multi\nline'])
    t.flush()
    t.detach()
with open('table.csv', 'rb') as f:
    raw = f.read()
    print(raw)
with open('table.csv', 'rb') as f:
    t = io.TextIOWrapper(f, encoding='utf-8', newline='')
    print(list(csv.reader(t)))
    print(t.closed, f.closed)
print(f.closed)

with open('table.csv', encoding='latin-1') as f:
    g = io.TextIOWrapper(f.buffer, encoding='utf-8')
    print(repr(g), repr(g.readline()), g.name)

b = io.BytesIO()
with io.TextIOWrapper(b, encoding='utf-8') as t:
    print('via print', 1, 2, sep='|', file=t)
    t.writelines(['a\n', 'b\n'])
print(b.closed)


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
t = io.TextIOWrapper(io.BufferedWriter(sink, 16), encoding='utf-16-le', write_through=True)
t.write('hi')
print(sink.chunks)
t.write('x' * 20)
print(len(sink.chunks), t.tell() if t.seekable() else 'unseekable')
t.flush()
print(sum(map(len, sink.chunks)))
