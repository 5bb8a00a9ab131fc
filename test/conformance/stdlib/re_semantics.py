# Matching semantics that the translation must keep: backreferences (case-insensitive too), lookbehinds,
# lone surrogates, lazy and bounded repeats, anchors before newlines, class edge cases, lastindex/lastgroup.
import re
tests = [
    (r'(?:(\w)\s?)+', 'a b c'),
    (r'(?i)(a)\1', 'aA'), (r'(?ai)(a)\1', 'aA'), (rb'(?i)(a)\1', b'aA'),
    (r'(a)(?<=\1)', 'aa'), (r'(?<=(a))b', 'ab'), (r'(?<=\d{3})x', '123x'), (r'(?<!\s)x', ' xax'),
    ('\ud800', 'a\ud800b'), ('.', '\udc00'), (r'[\ud800-\udbff]', 'x\ud83dy'),
    (r'(?=(\w+))\1:', 'abc:'), (r'(a?)+?b', 'aab'), (r'(?:a{0,3}){2}', 'aaaaaaa'), (r'(?:x|y)*?z', 'xyz'),
    (r'\Z', 'ab\n'), (r'$', 'ab\n'), (r'(?m)a$', 'a\r\na\n'), (r'a{,}', 'aaa'), (r'a{0}', 'a'), (r'(a){0}\w', 'b'),
    (r'[a-]', '-'), (r'[-a]', '-'), (r'[a\-z]', '-'), (r'[\]]', ']'), (r'[\[]', '['), (r'[.]', 'x.'), (r'[$^]', '^$'),
    (r'[\d-z]', '-'), (r'[&&]', '&'), (r'[--]', '-'), (r'[a-a]', 'a'), (r'\x7f[\x00-\x1f]', '\x7f\n'), (r'\0', '\0'),
    (r'[^\s\d]+', 'ab 12'), (r'(?s:.)\n(?-s:.)?', '\n\n\n'), (r'(?x: a # c\n b)', 'ab'),
    (r'(?P<a>x)(?P<b>y)?(?P<c>z)', 'xz'),
]
for p, s in tests:
    try:
        r = re.compile(p)
        m = r.search(s)
        print(repr(p), m and (m.span(), m.groups(), m.lastindex, m.lastgroup), r.findall(s))
    except re.error as e:
        print(repr(p), 'error', e)
# the empty-match rule of finditer/sub/split against alternatives and lazy repeats
for p, s in [('|a', 'aa'), ('a|', 'aa'), ('(?:)|b', 'ab'), ('a*?', 'aab'), ('(?=a)|a', 'aa'), ('x??', 'xx'), (r'\b|\w', 'ab c'), ('(?:a|)(?:b|)', 'abab')]:
    print(repr(p), [m.span() for m in re.finditer(p, s)], re.sub(p, '-', s), re.split(p, s))
# groups in repeats whose last repetition took part in them
p = re.compile(r'(?:(a)|b)+')
print(p.match('ba').groups(), p.match('abba').span(), p.findall('xbay'), p.sub('-', 'abab'), p.split('xbax'))
tag = re.compile(r'<[a-z]+(\s+([a-z]+)(=("[^"]*"|\w+))?)*\s*>')
print(tag.match('<a href="x" b=c d>').end(), tag.match('<a x=1>').groups(), tag.match('<a y x=1>').span(2))
# an optional group that can match empty takes part in the match, as Python's does
print(re.match('(a*)?', '').groups(), re.match('(a*)??b', 'b').groups(), re.match('(a*)?+b', 'aab').groups(), re.match('(x?)?y', 'y').groups())
