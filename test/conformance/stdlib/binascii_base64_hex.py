# binascii: base64 both ways (lenient and strict decoding, padding rules, stray characters),
# hex with separators, CRC-32 and CRC-HQX, the argument types accepted, and the errors.
import binascii
import random


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception),
      binascii.Error.__module__, repr(binascii.Error('x')))

for data in [b'', b'a', b'ab', b'abc', b'abcd', b'\xff\xfe\xfd', bytes(range(256))[:60]]:
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
print(binascii.b2a_base64(bytearray(b'xyz')), binascii.b2a_base64(memoryview(b'xy')))

cases = [b'', b'YQ==', b'YQ', b'YQ=', b'Y', b'YWJj', b'=YWJj', b'YW=Jj', b'YQ==YQ==', b'YQ===',
         b'Y Q = =', b'Y=Q==', b'YWI=x', b'YWJjZA=', b'YWJjZ', b'YW\nJj\n', 'YWJj', b'YQ=\n=',
         b'YQ=a=', b'ab=c=', b'==', b'a===', b'abcde', b'abcdefghi', b'ab$cde', b'YW\xffJj',
         bytearray(b'YWJj'), memoryview(b'YWI='), b'-_8=', b'++//']
for s in cases:
    print(repr(s) if not isinstance(s, memoryview) else 'memoryview',
          show(binascii.a2b_base64, s), show(binascii.a2b_base64, s, strict_mode=True))

rng = random.Random(5)
for _ in range(200):
    s = bytes(rng.choice(b'QUJD=  ab\n!') for _ in range(rng.randrange(0, 11)))
    print(s, show(binascii.a2b_base64, s), show(binascii.a2b_base64, s, strict_mode=True))

big = bytes(rng.randrange(256) for _ in range(5000))
enc = binascii.b2a_base64(big)
print(len(enc), enc[:40], enc[-20:], binascii.a2b_base64(enc) == big)
print(binascii.a2b_base64(enc[:-1], strict_mode=True) == big)
wrapped = b'\n'.join(enc[i:i + 76] for i in range(0, len(enc), 76))
print(binascii.a2b_base64(wrapped) == big, show(binascii.a2b_base64, wrapped, strict_mode=True))

for bad in ['é', 5, None, 3.5]:
    print(show(binascii.a2b_base64, bad), show(binascii.a2b_hex, bad))
for bad in ['abc', 5, None]:
    print(show(binascii.b2a_base64, bad), show(binascii.hexlify, bad), show(binascii.crc32, bad))

# hex
for data in [b'', b'\x00', b'abcde', bytes(range(0, 256, 17))]:
    print(binascii.hexlify(data), binascii.b2a_hex(data), binascii.hexlify(data, ':'),
          binascii.hexlify(data, b'-', 2), binascii.b2a_hex(data, ' ', -2), binascii.hexlify(data, '.', 0))
print(show(binascii.hexlify, b'abc', '::'), show(binascii.hexlify, b'abc', 5))
for s in [b'', b'ab', b'abc', b'zz', b'zzz', b'AbCd', 'ab', b'a b ', 'é', bytearray(b'00ff'), b'0x10']:
    print(repr(s), show(binascii.a2b_hex, s), show(binascii.unhexlify, s))
print(binascii.unhexlify(binascii.hexlify(big)) == big, binascii.hexlify.__name__, binascii.unhexlify.__name__)

# CRCs
for data in [b'', b'hello', b'hello world', bytes(range(256)), big]:
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'))
print(binascii.crc32(b'x', -1), binascii.crc32(b'x', 2 ** 40), binascii.crc_hqx(b'x', -1), binascii.crc_hqx(b'x', 2 ** 20))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'abc')), binascii.crc_hqx(bytearray(b'abc'), 7))
