# codecs: incremental decoders fed byte by byte (UTF-8, UTF-16, UTF-32 with and without byte
# order marks, utf-8-sig), incremental encoders, iterencode / iterdecode, stream readers and
# writers over io.BytesIO (read sizes, readline, iteration), codecs.open on a temporary file, and
# EncodedFile.
import codecs
import io
import os


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


text = 'A\xe9\u20ac\U0001f600z\n\u4e2d'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'latin-1', 'ascii']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, 'replace')
    d = codecs.getincrementaldecoder(enc)()
    pieces = [d.decode(data[i:i + 1]) for i in range(len(data))]
    print(enc, pieces, repr(d.decode(b'', final=True)))
    d.reset()
    print('  halves', repr(d.decode(data[:5]) + d.decode(data[5:], True)))
    e = codecs.getincrementalencoder(enc)('replace')
    out = b''.join(e.encode(ch) for ch in text) + e.encode('', True)
    print('  encoded', out, out == data)
    e.reset()
    print('  after reset', e.encode('x'))

# Big-endian data with its byte order mark, for the codecs that read either.
for enc, data in [('utf-16', codecs.BOM_UTF16_BE + 'h\xe9'.encode('utf-16-be')),
                  ('utf-32', codecs.BOM_UTF32_BE + 'h\xe9'.encode('utf-32-be'))]:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, [d.decode(data[i:i + 1]) for i in range(len(data))], codecs.decode(data, enc))

# What is left at the end is an error when the input ends.
for enc, data in [('utf-8', b'ab\xe2\x82'), ('utf-16-le', b'a\x00b'), ('utf-16-le', b'a\x00\x3d\xd8'),
                  ('utf-32-le', b'a\x00\x00'), ('utf-8', b'\xf0\x9f')]:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, repr(d.decode(data)), d.getstate(), show(d.decode, b'', True))
    d = codecs.getincrementaldecoder(enc)('replace')
    print('  replace', repr(d.decode(data) + d.decode(b'', True)))

print(codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_8_decode(b'a\xe2\x82', 'strict', True) if False else '',
      codecs.utf_8_decode(b'a\xe2\x82\xffb', 'replace'), codecs.utf_16_le_decode(b'a\x00b'),
      codecs.utf_32_be_decode(b'\x00\x00\x00a\x00'), codecs.latin_1_decode(b'\xe9'), codecs.ascii_decode(b'ab'))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', 'strict', 1), codecs.utf_16_encode('ab', None, -1),
      codecs.utf_32_encode('a'), codecs.utf_8_encode('\xe9\U0001f600'), codecs.latin_1_encode('\xe9'))
print(show(codecs.utf_8_decode, b'\xff'), show(codecs.utf_8_encode, b'x'), show(codecs.utf_8_decode, 'x'))

print(list(codecs.iterdecode([b'a', b'\xc3', b'\xa9', b'', b'\xe2\x82', b'\xac'], 'utf-8')))
print(list(codecs.iterencode(['a', '', '\xe9', '\u20ac'], 'utf-16')))
print(list(codecs.iterencode(['x', 'y'], 'utf-8-sig')), list(codecs.iterdecode([b'\xef', b'\xbb\xbfx'], 'utf-8-sig')))
print(show(lambda: list(codecs.iterdecode([b'a\xe2'], 'utf-8'))))

lines = 'first line\nsecond \xe9\u20ac\r\nthird\rfourth \U0001f600\n\nlast without end'
for enc in ['utf-8', 'utf-16', 'latin-1', 'utf-32-be']:
    raw = lines.encode(enc, 'replace')
    r = codecs.getreader(enc)(io.BytesIO(raw), 'replace')
    print(enc, list(r))
    r = codecs.getreader(enc)(io.BytesIO(raw), 'replace')
    print('  ', repr(r.read(3)), repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read(5)), r.readlines())
    r.seek(0)
    print('  ', repr(r.read()))

buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab')
w.write('\xe9')
w.writelines(['c', 'd'])
print(buf.getvalue(), codecs.decode(buf.getvalue(), 'utf-16'))
buf = io.BytesIO()
w = codecs.getwriter('ascii')(buf, 'xmlcharrefreplace')
w.write('caf\xe9 \u20ac')
print(buf.getvalue(), w.getvalue())

# A file of our own in the temporary directory (tempfile takes long to import in gilvm).
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'codecs_incremental_%d.txt' % os.getpid())
try:
    with codecs.open(path, 'w', encoding='utf-16') as f:
        print(type(f).__name__, f.encoding)
        f.write('line one \xe9\n')
        f.write('line two \U0001f600\n')
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', encoding='utf-16') as f:
        print(f.readline(), end='')
        print(f.read(), end='')
    with codecs.open(path, 'r', encoding='utf-16') as f:
        print(list(f))
    with codecs.open(path, 'a', 'utf-16-le') as f:
        f.write('tail')
    with codecs.open(path, encoding='latin-1') as f:
        print(repr(f.read()[-8:]))
    with codecs.open(path, 'rb') as f:
        print(type(f).__name__, len(f.read()))
    print(show(codecs.open, path, 'r', 'no-such-codec'))
finally:
    os.remove(path)

# EncodedFile: bytes in one encoding outside, another in the file.
raw = io.BytesIO('h\xe9llo\nw\xf6rld\n'.encode('latin-1'))
ef = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
print(ef.read(), ef.data_encoding, ef.file_encoding)
out = io.BytesIO()
ef = codecs.EncodedFile(out, 'utf-8', 'utf-16-le')
ef.write('\u20ac!'.encode('utf-8'))
print(out.getvalue())
raw.seek(0)
ef = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
print(ef.readline(), list(ef))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2, 4: 5}))

# read(size, chars): size bytes at a time, chars characters returned.
sr = codecs.getreader('utf-8')(io.BytesIO(b'abc\xe2\x82\xacdef'))
print(sr.read(2), sr.read(2), sr.read(), repr(sr.read()))
sr = codecs.getreader('utf-8')(io.BytesIO(b'abc\xe2\x82\xacdef'))
print(sr.read(-1, 2), sr.read(chars=3), sr.read(1, 1))
