# codecs: error handlers. register_error'd handlers used by str.encode, bytes.decode and the codec
# functions (what they receive, str or bytes replacements, resuming elsewhere, negative
# positions, bad results, handlers that raise), lookup_error, and the built-in handlers called
# directly with UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError.
import codecs


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except UnicodeError as e:
        return '%s: %s' % (type(e).__name__, e)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


seen = []


def tagger(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason, exc.object))
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('<U+%04X>' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    return ''.join('<%02x>' % b for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error('test.tagger', tagger)
print(codecs.lookup_error('test.tagger') is tagger)
for s in ['abc', 'caf\xe9', '\u20ac and \U0001f600', 'x\udc80y', '\xe9\xe8\xe7 run']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le']:
        print(repr(s), enc, show(s.encode, enc, 'test.tagger'), show(codecs.encode, s, enc, 'test.tagger'))
for b in [b'ok', b'a\xffb', b'\xe2\x82 x', b'\xf0\x9f\x98\x80\xff\xfe', b'\x80\x81\x82']:
    for enc in ['ascii', 'utf-8', 'utf-16-le', 'utf-32-be']:
        print(b, enc, show(b.decode, enc, 'test.tagger'), show(bytearray(b).decode, enc, errors='test.tagger'))
for item in seen[:12]:
    print(item)
print(len(seen))


def as_bytes(exc):
    return b'?' * (exc.end - exc.start) + b'!', exc.end


codecs.register_error('test.bytes', as_bytes)
print(show('a\xe9\xe8b'.encode, 'ascii', 'test.bytes'), show(b'\xff'.decode, 'ascii', 'test.bytes'))


def skip_to_end(exc):
    return '[cut]', len(exc.object)


def back_one(exc):
    # Resumes at -1: the last character / byte of the input, once.
    back_one.calls += 1
    return ('#' if back_one.calls < 3 else '', -1 if back_one.calls < 2 else exc.end)


back_one.calls = 0
codecs.register_error('test.skip', skip_to_end)
codecs.register_error('test.back', back_one)
print(show('ab\xe9cd'.encode, 'ascii', 'test.skip'), show(b'a\xffbcd'.decode, 'utf-8', 'test.skip'))
print(show('ab\xe9cd'.encode, 'ascii', 'test.back'), back_one.calls)


def bad_results(exc):
    return bad_results.result


codecs.register_error('test.bad', bad_results)
for r in [None, 'x', ('x',), ('x', 1, 2), (1, 3), ('x', 'y'), (b'x', 3), ('x', 3), ('x', 99), ('x', -99)]:
    bad_results.result = r
    print(repr(r), show('a\xe9b'.encode, 'ascii', 'test.bad'), show(b'a\xffb'.decode, 'ascii', 'test.bad'))


def raiser(exc):
    raise ValueError('handler saw %s at %d' % (exc.encoding, exc.start))


codecs.register_error('test.raise', raiser)
print(show('\xe9'.encode, 'ascii', 'test.raise'), show(b'\xff'.decode, 'utf-8', 'test.raise'))

# Re-registering replaces the handler.
codecs.register_error('test.tagger', lambda exc: ('*', exc.end))
print('caf\xe9'.encode('ascii', 'test.tagger'), b'caf\xe9'.decode('ascii', 'test.tagger'))

print(show(codecs.register_error, 'test.x', 'not callable'), show(codecs.lookup_error, 'test.none'))
print(show('\xe9'.encode, 'ascii', 'test.none'), show(b'\xff'.decode, 'ascii', 'test.none'))
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(name, codecs.lookup_error(name) is getattr(codecs, name + '_errors'))

enc_err = UnicodeEncodeError('ascii', 'ab\xe9\u20ac\U0001f600cd', 2, 5, 'ordinal not in range(128)')
dec_err = UnicodeDecodeError('utf-8', b'ab\xff\xfecd', 2, 4, 'invalid start byte')
tr_err = UnicodeTranslateError('ab\xe9\u20accd', 2, 4, 'no mapping')
for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
          'surrogatepass']:
    f = codecs.lookup_error(h)
    print(h, show(f, enc_err), show(f, dec_err), show(f, tr_err), show(f, ValueError('x')))
print(show(codecs.lookup_error('surrogateescape'), UnicodeEncodeError('ascii', 'a\udc80\udcffb', 1, 3, 'r')))
print(show(codecs.lookup_error('surrogateescape'), UnicodeDecodeError('ascii', b'a\x80\xffb', 1, 3, 'r')))
print(show(codecs.lookup_error('surrogatepass'), UnicodeEncodeError('utf-8', 'a\ud800b', 1, 2, 'r')))
print(show(codecs.lookup_error('surrogatepass'), UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 2, 'r')))
print(show(codecs.strict_errors, 'not an exception'))

# Text files use the registered handlers too.
import os

codecs.register_error('test.mark', lambda exc: ('{%d-%d}' % (exc.start, exc.end), exc.end))
# A file of our own in the temporary directory (tempfile takes long to import in gilvm).
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'codecs_errors_%d.txt' % os.getpid())
try:
    with open(path, 'w', encoding='ascii', errors='test.mark') as f:
        f.write('na\xefve caf\xe9\n')
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, 'wb') as f:
        f.write(b'na\xefve\n')
    with open(path, encoding='ascii', errors='test.mark') as f:
        print(repr(f.read()))
finally:
    os.remove(path)
