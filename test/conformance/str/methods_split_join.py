# str methods: split, rsplit, splitlines, partition, join, replace, expandtabs, zfill, center, strip.
s = '  a,b,,c  d\te\n f  '
print(s.split(), s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(None, 2), s.rsplit(None, 2))
print('a--b--c'.split('--'), ''.split(), ''.split(','), ' '.split(' '), 'abc'.split('abc'), 'aaa'.split('a'))
print('line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\x85end'.splitlines())
print('a\nb\n'.splitlines(), 'a\nb\n'.splitlines(True), '\n'.splitlines(), ''.splitlines(), 'x\r\n'.splitlines(keepends=True))
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'nokey'.partition('='), 'nokey'.rpartition('='))
try:
    'x'.split('')
except ValueError as e:
    print('ValueError:', e)
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ', '.join(str(i) for i in range(4)), 'x'.join(['only']))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('x', 'y'))
print('a\tb\tc'.expandtabs(), 'a\tbc\tdef'.expandtabs(4), '\t'.expandtabs(0), 'ab\n\tc'.expandtabs(2))
print('42'.zfill(5), '-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(7, '*') + ']', '[' + 'abc'.center(6) + ']', '[' + 'ab'.ljust(5, '.') + ']', '[' + 'ab'.rjust(5) + ']')
print(repr('  xx  '.strip()), repr('  xx  '.lstrip()), repr('  xx  '.rstrip()), 'xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), repr('\u3000x\u00a0'.strip()))
t = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(t), sorted(t.items()), 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
print(str.maketrans({'a': '1', 'b': None}), 'abc'.translate(str.maketrans({'a': 'AA', 'c': None})))
print('Hello'.encode(), 'héllo'.encode('utf-8'), 'héllo'.encode('latin-1'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'))
print('héllo'.encode('ascii', 'backslashreplace'), 'héllo'.encode('ascii', 'xmlcharrefreplace'), '€'.encode('utf-16-le'), 'ab'.encode('utf-32-be'))
print(b'h\xc3\xa9'.decode(), b'h\xe9'.decode('latin-1'), b'h\xe9llo'.decode('utf-8', 'replace'), b'h\xe9'.decode('utf-8', 'ignore'), b'\xff'.decode('utf-8', 'backslashreplace'))
try:
    b'\xe9'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print('%s' % 'x'.join('abc'), 'abc' * 3, 3 * 'x', 'abc' * 0, 'abc' * -1, 'a' + 'b')
print('hello world'.split('o'), 'a,b;c d'.replace(';', ',').replace(' ', ',').split(','))
print(str(b'bytes'), str(b'caf\xc3\xa9', 'utf-8'), str(123), str([1, 'a']), str(None))

# splitlines on one-byte strs (read from the heap's bytes) and on wider ones: every line break.
for s in ['', 'a', 'a\n', 'a\r\nb\rc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\n\n', '\r\n\r\n', 'x\r', 'é\nü\r\n',
          'abc\u2028def\n', 'one line, no break']:
    print(repr(s.splitlines()), repr(s.splitlines(True)), repr(s.splitlines(keepends=True)))
class Text(str):
    pass
print(Text('a\nb').splitlines(), type(Text('a\nb').splitlines()[0]).__name__)
t = Text('abc')
print([type(x).__name__ for x in t.splitlines()], [type(x).__name__ for x in t.split()], type(t[:]).__name__)
