# base64: Ascii85 (z and y folding, padding, line wrapping, the Adobe frame, ignored
# characters, overflow and misplaced folds) and base85 (git's alphabet), with their errors.
import base64
import binascii
import random


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


samples = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'abcdef', b'\x00', b'\x00\x00\x00\x00', b'    ',
           b'   ', b'\xff\xff\xff\xff', b'\x00\x00\x00\x00    abc\x00\x00\x00\x00', b'\x00' * 9]
for d in samples:
    print(d, base64.a85encode(d), base64.a85encode(d, pad=True), base64.a85encode(d, foldspaces=True),
          base64.a85encode(d, foldspaces=True, pad=True), base64.b85encode(d), base64.b85encode(d, pad=True))
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d, foldspaces=True), foldspaces=True) == d
    assert base64.b85decode(base64.b85encode(d)) == d

for col in [0, 1, 2, 3, 4, 5, 10, 12, 76, -1, True]:
    for n in [0, 8, 30]:
        d = b'x' * n
        print(col, n, base64.a85encode(d, wrapcol=col), base64.a85encode(d, wrapcol=col, adobe=True))
        assert base64.a85decode(base64.a85encode(d, wrapcol=col, adobe=True), adobe=True) == d
print(base64.a85encode(bytearray(b'ab')), base64.b85encode(memoryview(b'ab')))
print(show(base64.a85encode, 'abc'), show(base64.b85encode, 'x'), show(base64.a85decode, 5), show(base64.b85decode, 5))

a85cases = [b'', b'z', b'zz', b'@:E_WAS(', b'@:E_W z', b'@z', b'<~@:E_W~>', b'<~@:E_W', b'@:E_W~>', b'<~@:E_W~>x',
            b'y', b'@y', b's8W-!', b's8W-"', b'uuuuu', b'uu', b's8W', b'@', b'@:', b'\t@ :\nE_W\r\x0b', b'@:E_Wv',
            b'~>', b'<~~>', b'<~', 'é', '@:E', b'@:~E', b'~', b'<~ @:E ~>', b'zzz!!', b'@:E_W\x80', b'z@:E_Wy+<VdL',
            b's8W-"z@', b'@:E_Wzs8W-"', bytearray(b'@:E')]
for s in a85cases:
    print(repr(s), show(base64.a85decode, s), show(base64.a85decode, s, adobe=True),
          show(base64.a85decode, s, foldspaces=True), show(base64.a85decode, s, ignorechars=b'@'))

rng = random.Random(13)
for _ in range(300):
    s = bytes(rng.choice(b'!!@:E_W zyuus8<~>\x80\t') for _ in range(rng.randrange(0, 13)))
    print(s, show(base64.a85decode, s), show(base64.a85decode, s, foldspaces=True),
          show(base64.a85decode, s, adobe=True), show(base64.a85decode, s, ignorechars=b'z\t!'))

b85cases = [b'', b'VE', b'VPa!sWo7', b'V', b'VPa!sW', b'|NsC0', b'|NsC1', b'~~~~~', b'VP a', b'VPa"', b'{{{{{', 'VE',
            b'\x00', b'~', b'VPa!sWo7^X', b'|NsC', b'|Ns', b'VPa!sWo7^X~', b'VPa!s\x80', b'\x80', 'é']
for s in b85cases:
    print(repr(s), show(base64.b85decode, s))
for _ in range(200):
    s = bytes(rng.choice(b'0Vz|NsC~{ "\x80') for _ in range(rng.randrange(0, 13)))
    print(s, show(base64.b85decode, s))

big = bytes(rng.randrange(256) for _ in range(4001)) + bytes(40) + b' ' * 12
for enc, dec, kw in [(base64.a85encode, base64.a85decode, {}),
                     (base64.a85encode, base64.a85decode, {'foldspaces': True}),
                     (base64.b85encode, base64.b85decode, {})]:
    e = enc(big, **kw)
    print(enc.__name__, kw, len(e), e[:20], e[-30:], dec(e, **kw) == big, binascii.crc32(e))
e = base64.a85encode(big, wrapcol=64, adobe=True)
print(e.count(b'\n'), e[-40:], base64.a85decode(e, adobe=True) == big)
