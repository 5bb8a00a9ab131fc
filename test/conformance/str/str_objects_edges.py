# str/bytes/bytearray objects: edge cases of the runtime's str and bytes types (subclasses,
# large inputs, fast paths vs. wide strs, codec errors, in-place bytearray operations).
class S(str):
    def shout(self):
        return self.upper() + '!'

s = S('héllo')
print(s, s.shout(), len(s), s[1], s + 'x', 'x' + s, s * 2, s == 'héllo', isinstance(s, str), type(s).__name__)
print(repr(s), s.split('l'), '-'.join([s, s]), f'{s}|{s!r}|{s:>8}|', '%s' % s, str(s) == s)

wide = 'a€b€c' * 3
print(wide.find('€', 2), wide.rfind('€'), wide.count('€'), wide.replace('€', 'E', 2), wide.split('€', 2), wide[::3])
latin = 'abc,def,,ghi'
print(latin.split(','), latin.rsplit(',', 1), latin.partition(','), latin.replace(',', ';'), latin.startswith(('x', 'abc')))
print('  padded\t\n'.strip(), '\xa0x\x85'.strip(), 'xx'.strip('x') == '', ' a b '.split(None, 1), 'a  b'.split(' '))

big = ' '.join(str(i) for i in range(100000))
parts = big.split()
print(len(parts), parts[-1], len(','.join(parts)), big.count(' '), big[-5:])

print('%5.1f|%-6d|%+.2e|%x|%o|%c|%r|%a' % (2.25, 7, 12345.678, 255, 8, 0x20ac, 'é', 'é'))
print('{0:>{w}.{p}f}|{0!r:^9}|{x[1]}|{y.imag}'.format(3.14159, w=8, p=2, x=[1, 2], y=3j))
print(format('abc', '*^9'), format(42, '08b'), ascii('☃ snow'), repr('\x00\u200b\U0001f600'))

for bad in [b'\xff\xfe', b'ok\xc3']:
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object)
try:
    'aé€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.object)
print('aé€'.encode('latin-1', 'replace'), 'aé€'.encode('ascii', 'xmlcharrefreplace'), b'a\xffb'.decode('ascii', 'replace'))

ba = bytearray(b'hello')
ba[0] = ord('H'); ba[1:3] = b'EYY'; ba += b'!'; ba *= 2
del ba[::3]
print(ba, len(ba), ba.pop(), ba.find(b'Y'), ba.upper(), bytes(ba), ba == bytes(ba), b'Y' in ba, 89 in ba)
ba.extend(range(65, 70)); ba.insert(0, 48); ba.reverse(); ba.remove(48)
print(ba, ba.hex(' ', 2), bytearray.fromhex('41 42'), ba.decode('latin-1'))
print(b'%s-%d-%5.2f-%x-%c' % (b'x', 5, 1.5, 255, 65), b'ab' * 3, 3 * b'c', b'abc'[::-1], list(b'hi'))
print(str.maketrans('abc', 'xyz', 'q'), 'aabbqq'.translate(str.maketrans('ab', 'AB', 'q')), b'abc'.translate(None, b'b'))
for f in [lambda: 'a' + 1, lambda: 'a' * 'b', lambda: b'a' + 'a', lambda: 'abc'[10], lambda: b'a'[3],
          lambda: bytes([300]), lambda: bytearray(2)[5], lambda: 'x'.join([1]), lambda: hash(bytearray()),
          lambda: '{0}{}'.format(1, 2), lambda: '%d' % 'x', lambda: 'a'.center(3, 'xy'), lambda: 1 in 'a']:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
