# base64: b64 (altchars, validate, the urlsafe and standard variants), MIME lines
# (encodebytes/decodebytes, encode/decode on file objects), base32 (casefold, map01, padding
# rules, the extended-hex alphabet) and base16, with the errors a user meets.
import base64
import binascii
import io
import random


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


print(base64.__all__)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)

rng = random.Random(9)
samples = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'\xff\xfe\xfd\xfc', b'\x00\x00', b'\xfb\xff',
           bytes(range(20))]
for d in samples:
    print(d, base64.b64encode(d), base64.b64encode(d, b'-_'), base64.urlsafe_b64encode(d),
          base64.standard_b64encode(d), base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d and base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
print(base64.b64encode(bytearray(b'xyz')), base64.b32encode(memoryview(b'xyz')), base64.b16encode(bytearray(b'\x01')))

for args in [('abc',), (5,), (b'\xff\xfe', b'-'), (b'\xff\xfe', '-_'), (b'ab', b'abc')]:
    print(show(base64.b64encode, *args))
for args in [('YWJj',), ('é',), (5,), ('//4=', '-_'), (b'__4=', b'-_'), (b'__4=', '-_'), (b'__4=', b'-'),
             (b'YW Jj',), (b'YWJj\n',), (b'YWJ',), (b'YQ==YQ==',), (bytearray(b'YWJj'),)]:
    print(show(base64.b64decode, *args))
for s in [b'YW Jj', b'YWJj\n', b'YWJj', b'YQ==', b'YQ=', b'=YQ', b'YQ==x', b'Y=Q=']:
    print(s, show(base64.b64decode, s, validate=True), show(base64.b64decode, s, b'-_', True))
for s in ['__4=', '//4=', b'-_-_', b'+/+/', b'YQ']:
    print(repr(s), show(base64.urlsafe_b64decode, s), show(base64.standard_b64decode, s))

# MIME lines and file objects
for n in [0, 1, 56, 57, 58, 114, 200]:
    d = bytes(rng.randrange(256) for _ in range(n))
    e = base64.encodebytes(d)
    print(n, e.count(b'\n'), e[-30:], base64.decodebytes(e) == d)
    out = io.BytesIO()
    base64.encode(io.BytesIO(d), out)
    back = io.BytesIO()
    base64.decode(io.BytesIO(out.getvalue()), back)
    print(out.getvalue() == e, back.getvalue() == d)
print(show(base64.encodebytes, 'x'), show(base64.decodebytes, 'eHh4'), show(base64.encodebytes, 5))
print(base64.encodebytes(bytearray(b'ab')), base64.decodebytes(bytearray(b'eHh4\neHh4\n')))

# base32
b32cases = [b'', b'ME======', b'me======', b'ME=====', b'ME', b'MFRA====', b'MFRGG===', b'MFRGGZA=',
            b'MFRGGZDF', b'M1======', b'MO======', b'MI======', b'ME=====A', b'MEAAAAA=', b'M=======',
            b'MFR=====', b'MFRGGZ==', b'MF1GG===', b'ME======ME======', 'ME======', b'ME\n=====', b'0E======',
            b'1=======', b'========', b'mfrggzdf', 'é', 5]
for s in b32cases:
    print(repr(s), show(base64.b32decode, s), show(base64.b32decode, s, True), show(base64.b32decode, s, map01=b'L'),
          show(base64.b32decode, s, True, 'I'))
print(show(base64.b32decode, b'ME======', map01=b'LL'), show(base64.b32encode, 'a'))
for s in [b'', b'C4======', b'c4======', b'C4', b'CO======', b'W4======', b'C5H66P35', b'c5h66p35']:
    print(repr(s), show(base64.b32hexdecode, s), show(base64.b32hexdecode, s, True))
for _ in range(200):
    s = bytes(rng.choice(b'MEFRAGZ01=====aI2\n') for _ in range(rng.choice([0, 8, 8, 16, rng.randrange(0, 17)])))
    print(s, show(base64.b32decode, s), show(base64.b32decode, s, True, b'L'), show(base64.b32hexdecode, s, True))

# base16
for s in [b'', b'61', b'6', b'6g', b'6a', b'6A', 'ff', b'6 1', b'DEADBEEF', b'deadbeef', 'é']:
    print(repr(s), show(base64.b16decode, s), show(base64.b16decode, s, True))
print(show(base64.b16encode, 'ab'), show(base64.b16decode, 5))

big = bytes(rng.randrange(256) for _ in range(4000))
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.encodebytes, base64.decodebytes)]:
    e = enc(big)
    print(enc.__name__, len(e), e[:24], e[-24:], dec(e) == big, binascii.crc32(e))
