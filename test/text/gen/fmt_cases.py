# repr/ascii of str, repr of bytes/bytearray, and format(str, spec) under CPython 3.12.1:
# writes fixtures/repr-format.json.
import json, sys

def res(f):
    try:
        return {'ok': f()}
    except Exception as e:
        return {'err': [type(e).__name__, str(e)]}

strs = ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'back\\slash', '\t\n\r\x00\x1f\x7f\x80\x9f\xa0\xad',
        'é€😀', '\u200b\u2028\ufeff\ue000', '\U000e0001\U0010ffff\U0001f600', '\ud800 \udfff', 'ÿĀ', '\u0378', '\U00011f00', 'ǅ ß']
bs = [b'', b'abc', b"it's", b'"', b'\'"', b'\\', bytes(range(0, 256, 7)), b'\t\n\r\x7f\x80\xff']
specs = ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '😀>5', '.1', '.0', '10.2', '=10', '+', '-', ' ', 'z', '#', '0', '05',
         '010', 'x<05', ',', '_', ',_', '_,', ',,', '.', '.x', 'xx', '10x', 'd', '99999999999999999999',
         '.99999999999999999999', '\x01', 'é', ',s', '_s', ',d', '\n', ' ', '>', '<', '<<', '^^10', '{<5', '}>5', '1_000', '.3s', '5.3s', '%', 'ss']
out = {
    'repr': [[s, res(lambda: repr(s))] for s in strs],
    'ascii': [[s, res(lambda: ascii(s))] for s in strs],
    'bytes': [[b.hex(), repr(b), repr(bytearray(b))] for b in bs],
    'format': [[s, spec, res(lambda: format(s, spec))] for s in ['', 'ab', 'héllo', '😀x😀'] for spec in specs],
}
json.dump(out, sys.stdout, ensure_ascii=True, indent=0)
