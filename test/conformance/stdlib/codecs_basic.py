# codecs: lookup (names, aliases, LookupError), CodecInfo, codecs.encode/decode round trips over
# many strings (non-BMP included) with every built-in error handler, the BOM constants, and
# str.encode / bytes.decode refusing codecs that are not text encodings.
import codecs


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


names = ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'latin1', 'iso-8859-1', 'L1', 'ascii', 'US-ASCII',
         '646', 'utf-16', 'UTF-16LE', 'utf_16_be', 'utf-32', 'utf32', 'utf-32-be', 'utf-8-sig',
         'unicode_escape', 'unicode-escape', 'raw_unicode_escape', 'Raw-Unicode-Escape']
for n in names:
    info = codecs.lookup(n)
    print(n, '->', info.name, isinstance(info, tuple), len(info), info[0] is info.encode,
          info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter,
          info.incrementalencoder is not None, info.incrementaldecoder is not None)

for n in ['nope', 'utf-9', 'unicodeescape', '', 'utf 8 x']:
    print(show(codecs.lookup, n), show(codecs.encode, 'x', n), show('x'.encode, n), show(b'x'.decode, n))
print(show(codecs.lookup, 1))
print(show(codecs.getincrementalencoder, 'nope'), show(codecs.getreader, 'nope'))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM32_LE, codecs.BOM64_BE)

texts = ['', 'hello', 'caf\xe9\xff', '\u20ac\u4e2d\u6587', 'snake \U0001f40d!', '\U0001f600\U0001f601 \u0394 \xe9',
         'tab\tnew\nline\r\x00\x7f\x80', '\U0010ffff', 'a\ud800b', '\udc80\udcffz']
encodings = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig',
             'ascii', 'latin-1', 'unicode_escape', 'raw_unicode_escape']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
            'surrogatepass']
for t in texts:
    for enc in encodings:
        row = []
        for h in handlers:
            try:
                data = codecs.encode(t, enc, h)
            except Exception as e:
                row.append('%s: %s' % (type(e).__name__, e))
                continue
            assert data == t.encode(enc, h), (t, enc, h)
            back = show(codecs.decode, data, enc, h)
            row.append('%r %s' % (data, back))
        print(repr(t), enc, ' | '.join(row))

bad = [b'\xff', b'a\x80b', b'\xe2\x82', b'\xe2\x82a', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\xaf',
       b'\xf5\x80\x80\x80', b'a\x00b', b'\x00\xd8a\x00', b'\x00\xdc', b'\xff\xfe\x00', b'\x00\x00\x11\x00']
for b in bad:
    for enc in ['utf-8', 'ascii', 'utf-16-le', 'utf-16', 'utf-32-le', 'utf-32']:
        print(b, enc, ' | '.join(show(codecs.decode, b, enc, h) for h in handlers))

# Functions from the CodecInfo, called as the codec machinery does: (output, consumed).
for enc in ['utf-8', 'utf-16', 'latin-1', 'unicode_escape']:
    e = codecs.getencoder(enc)
    d = codecs.getdecoder(enc)
    out = e('d\xe9j\xe0')
    print(enc, out, d(out[0]), show(e, b'bytes'), show(d, 'str' if enc != 'unicode_escape' else 5))

# str.encode and bytes.decode know these are not text encodings.
for n in ['hex', 'base64', 'base-64', 'rot13', 'ROT_13']:
    print(n, show('abc'.encode, n), show(b'abc'.decode, n), show(str, b'abc', n), show(bytes, 'abc', n))
