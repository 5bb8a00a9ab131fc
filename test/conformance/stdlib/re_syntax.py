# Pattern syntax: anchors, classes, escapes, groups, lookarounds, atomic and possessive forms, flags.
import re
cases = [
    (r'^abc$', 'abc\n'), (r'abc$', 'abc\nabc\n'), (r'(?m)^\w+$', 'ab\ncd\n'), (r'\Aab\Z', 'ab'), (r'\Aab\Z', 'ab\n'),
    (r'a.c', 'a\nc abc'), (r'(?s)a.c', 'a\nc'), (r'\bfoo\b', 'a foo b foobar'), (r'\Bo\B', 'foo boo'),
    (r'(?i)straße', 'STRASSE Straße'), (r'(?i)[a-z]+', 'HeLLo'), (r'(?i:ab)c', 'ABc ABC'), (r'a(?-i:b)', 'AB Ab'),
    (r'(?x) a b c # comment', 'abc'), (r'(?x)[ ]a', ' a'), (r'a{2}', 'aaa'), (r'a{2,}', 'aaaa'), (r'a{,2}', 'aaa'), (r'a{1,2}?', 'aaa'),
    (r'x{', 'x{'), (r'x{a}', 'x{a}'), (r'x{}', 'x{}'), (r'(?>a+)a', 'aaa'), (r'a++b', 'aab'), (r'a*+a', 'aaa'), (r'(?:ab)?+c', 'abc'),
    (r'(a)(?=b)', 'ab'), (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'cb ab'), (r'(?!a)\w', 'ab'),
    (r'(?P<x>a|b)(?P=x)', 'abba'), (r'(a)\1', 'aa'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'),
    (r'\d+', '١٢٣ 123'), (r'(?a)\d+', '١٢٣ 123'), (r'\w+', 'héllo wörld'), (r'(?a)\w+', 'héllo'), (r'\s+', 'a\x1c\x85b'),
    (r'[\w-]+', 'a-b_c'), (r'[^\W\d]+', 'ab12cd'), (r'[\s\S]+', 'a b'), (r'[]a]+', ']a]'), (r'[^]a]+', 'bc]'),
    (r'\x41\u0042\U00000043\101\0', 'ABCA\0'), (r'\N{EM DASH}', 'a—b'), (r'[\N{EM DASH}x]+', 'x—x'),
    (r'😀+', 'a😀😀b'), (r'.', '😀'), (r'[😀-😂]', '😁'), (r'\w', '𝒜'), (r'(?#comment)a', 'a'), (r'a(?#c)*', 'aaa'),
    (r'((a)b)', 'ab'), (r'(a(b))', 'ab'), (r'(a)(b)?', 'a'), (r'[a-c\d]', '5'), (r'\$\.\*', '$.*'), (r'\-\#\ ', '-# '),
    (r'(?i)k', '\u212a'), (r'(?i)s', '\u017f'), (r'(?ia)k', '\u212a'), (r'[\b]', '\b'), (r'\t\n\r\f\v\a', '\t\n\r\f\v\a'),
    (r'(a|b)*c', 'abac'), (r'(?:a|)+', 'aa'), (r'a??', 'a'), (r'(a)|(b)', 'b'),
    (r'(?u)\w', 'é'), (r'a|b|', 'c'), (r'()', ''), (r'(?:)', 'x'), (r'$', 'a\n'), (r'(?m)$', 'a\nb'),
]
for p, s in cases:
    try:
        r = re.compile(p)
        m = r.search(s)
        print(repr(p), m and (m.span(), m.groups(), m.lastindex), r.findall(s))
    except Exception as e:
        print(repr(p), 'ERR', type(e).__name__, e)
# verbose mode
v = re.compile(r"""
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month \
    [ ]x              # a class keeps its space
    \ y              # an escaped space
""", re.VERBOSE)
print(v.groups, v.match('2024-05 x y'), v.match('2024-05 y').groupdict())
print(re.findall(r'(?x) a  b | c # no', 'ab c'), re.findall(r'(?x:a b)c d', 'abc dabcd'), re.findall(r'a(?-x: b)', 'a ba b'))
