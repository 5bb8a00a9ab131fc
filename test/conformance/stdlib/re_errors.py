# re.error: CPython's messages and positions for malformed patterns, flag conflicts, error attributes.
import re
pats = ['(', ')', 'a**', '*', '+a', '?', '{1}', 'a{3,2}', '[a', '[z-a]', r'[\w-a]', r'[a-\d]', r'[\x41-\x40]', r'\q', r'[\q]',
        r'[\A]', r'[\8]', r'\400', '(?<a>x)', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P<a-b>x)', '(?P<>x)', '(?P<a', '(?P=', '(?P=a)', '(?P=a',
        r'\N', r'\N{', r'\N{}', r'\N{foo}', r'\N{EM DASH', r'\U00110000', r'\x4', r'\u12', r'\U1234', '(?', '(?P', '(?Px', '(?(0)a)', '(?z)',
        '(?i-', '(?i-:a)', '(?-i', '(?-', 'a(?i)', '(?i)(?m)a', '(?#abc', '(?-x:a)', '(?x:a)(?-t:b)', '(?t:a)', '(?i-i:a)', '(?a-a:b)',
        '(?au)', '(?L)', '(?q)', '(?i', '(?i!', '(?i-!', r'(a)\2', r'(a\1)', r'\1(a)', '(?<=a*)b', '(?<=a|bc)', '(?<=(a)\\1)', r'(a)(?<=\1)',
        '(?<!ab|c)', '(?<=x(?P<n>y)(?P=n))', 'a)', '(a))', '(?:', 'a|*', '^*', r'\b+', '$?', '(?=a)*', 'a{4294967295}', 'a{,4294967296}',
        'abc\ndef\n(', '\\', 'a\\', '[\\', '(?P<a>)(?P=a\\', '(?(1)a|b|c)', '(?(a)x)', '(?(2)a)(b)',
        '(?<', '(?<x', '(?P<a>a)(?P<b>b)(?P<a>c)']
for p in pats:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)
    else:
        print(repr(p), 'ok')
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), (b'(?u)a', 0), ('(?L)a', 0), (b'(?au)', 0)]:
    try:
        re.compile(p, f)
    except Exception as e:
        print(repr(p), f, type(e).__name__, e)
    else:
        print(repr(p), 'ok')
for p in [b'\\N{EM DASH}', b'\\u1234', b'[\xe9-a]', b'(?P<\xe9>a)', b'\\xzz', b'(']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(3)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
e = re.error('m', b'ab\ncd', 4)
print(e, e.lineno, e.colno)
