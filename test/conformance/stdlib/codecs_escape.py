# codecs: unicode_escape and raw_unicode_escape, both ways: every escape (but the invalid ones,
# for which gilvm gives no DeprecationWarning), the characters each codec writes as they are,
# their errors (reasons, positions, the names 'unicodeescape' and 'rawunicodeescape') under each
# error handler, and final=False leaving a cut escape unconsumed.
import codecs


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except UnicodeError as e:
        return '%s: %s [%r %d %d %r]' % (type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


texts = ['', 'plain', '\t\n\r\x0b\x0c\x07\x08', '\\', "quotes ' and \"", '\x00\x1f\x7f\x80\x9f\xa0\xff',
         '\u0100\u20ac\uffff', '\U00010000\U0001f600\U0010ffff', 'a\\u0041', '\udc80 lone', ''.join(map(chr, range(256)))]
for t in texts:
    u = t.encode('unicode_escape')
    r = t.encode('raw_unicode_escape')
    print(repr(t)[:60], u[:120], r[:120])
    assert u.decode('unicode_escape') == t
    if '\\u' not in t:
        assert r.decode('raw_unicode_escape') == t
    assert codecs.unicode_escape_encode(t) == (u, len(t))
    assert codecs.raw_unicode_escape_encode(t) == (r, len(t))

escapes = [b'\\n\\t\\r\\b\\f\\v\\a\\\\\\\'\\"', b'\\x41\\x7e\\xff\\xFF', b'\\u0041\\u20ac\\uFFFF',
           b'\\U00000041\\U0001F600\\U0010ffff', b'\\0\\7\\101\\1010\\377', b'line\\\ncont',
           b'\\N{LATIN SMALL LETTER A}\\N{snake}\\N{EURO SIGN}', b'caf\xe9 \x80\xff',
           b'\\\\u0041', b'\\\\\\u0041', b'\\\\\\\\u0041', b'\\u00e9\\U0001f40d', b'\\x\\u']
for b in escapes:
    print(b, show(codecs.decode, b, 'unicode_escape'), show(codecs.decode, b, 'raw_unicode_escape'))

bad = [b'\\', b'ab\\', b'\\x', b'\\x4', b'\\x4g', b'\\xg4', b'a\\u12', b'\\u12g4', b'\\U0001F60',
       b'\\U0001F60Z', b'\\U00110000', b'\\UFFFFFFFF', b'\\N', b'\\N{', b'\\N{abc', b'\\N{}',
       b'\\Nx', b'\\N{NOT A NAME}', b'ok\\x4 then \\u12x end', b'\\\\\\', b'\\\\\\u12']
for b in bad:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        print(b, enc, show(codecs.decode, b, enc))
        print('   ', ' | '.join(show(codecs.decode, b, enc, h) for h in ['ignore', 'replace', 'backslashreplace']))

# The decoders as incremental decoders use them: final=False stops before a cut escape.
for b in [b'\\', b'ab\\', b'\\x4', b'\\u004', b'\\U0001f60', b'\\N{SNA', b'x\\\\', b'x\\\\\\',
          b'\\41', b'\\u12g4']:
    print(b, show(codecs.unicode_escape_decode, b, 'strict', False), show(codecs.unicode_escape_decode, b),
          show(codecs.raw_unicode_escape_decode, b, 'strict', False), show(codecs.raw_unicode_escape_decode, b))
print(codecs.unicode_escape_decode('\\x41 str input'), codecs.raw_unicode_escape_decode('\\u0041 str'))

for enc in ['unicode_escape', 'raw_unicode_escape']:
    data = 'a\u20ac\\b\U0001f600\n'.encode(enc)
    d = codecs.getincrementaldecoder(enc)()
    print(enc, [d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b'', True)))
    d = codecs.getincrementaldecoder(enc)()
    print(enc, repr(d.decode(b'x\\u12')), show(d.decode, b'', True))
