# repr() and ascii() of strings: quote choice, escapes, non-printable and non-ASCII characters.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\', '\x00\x07\x1b\x7f', 'é', 'Ω', '中文',
           '😀', '\u200b', '\u00a0', '\ud800', '\U0001F600\U0010FFFF', '\x80\x9f\xa0', '\u2028', 'tab\there', '\\n literal']
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(''), ascii(''), repr("'"), repr('"'), repr('\''), repr('a\'b"c'))
print([('é', b'\xc3\xa9')], ascii(['é', {'k': 'ü'}]), repr(('\x01',)))
print(str('é'), '%r' % 'é', '%a' % 'é', '{!a}'.format('é'), f'{"é"!a}')
print(repr(chr(0x10ffff)), repr(chr(0xe000)), repr(chr(0x0378)), repr(chr(0x1f)), repr(chr(0x7e)))
print(ord('a'), ord('€'), ord('😀'), chr(65), chr(8364), chr(128512), hex(ord('\U0001F600')))
s = 'héllo wörld 😀'
print(len(s), s[1], s[-1], s[::-1], s[2:5], s.encode('utf-8'), len(s.encode('utf-8')), len(s.encode('utf-16-le')))
print('\N{GREEK SMALL LETTER ALPHA}', '\u03b1' == 'α', '\x41', '\101', '\u0041', '\U00000041')
print(sorted(['b', 'B', 'a', 'é', 'A', 'z', '_', '1']), 'é' > 'z', 'Z' < 'a', max('hello'), min('hello'))
print('abc' < 'abd', 'abc' < 'ab', '' < 'a', 'a' * 3 == 'aaa', 'é'.encode() == b'\xc3\xa9')
print(repr('a' + chr(0x300)), 'e\u0301' == 'é', len('e\u0301'), repr('\x0c\x0b'), repr('\x85'), repr('\xad'))
