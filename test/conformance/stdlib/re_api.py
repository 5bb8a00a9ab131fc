# Pattern and Match objects: attributes, methods with pos/endpos, reprs, RegexFlag, scanner, escape.
import re, copy
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__, type(p).__module__)
print(repr(p))
m = p.match('Jane Doe 42 extra')
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 3), m[2], m['first'])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start('last'), m.end(3), m.span(3))
print(m.lastindex, m.lastgroup, m.string, m.re is p, m.pos, m.endpos, m.regs)
print(m.expand(r'\g<last>, \g<first> (\3) \\ \n'), m.expand(r'\2\g<0>'))
m2 = p.match('Jane Doe')
print(m2.groups(), m2.groups('-'), m2.groupdict('?'), m2.span(3), m2.start(3), m2.lastindex, m2.lastgroup, m2.expand(r'[\3]'))
for bad in [4, -1, 'nope', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', bad, e)
try:
    m[5]
except IndexError as e:
    print('IndexError', e)
print(p.search('xx Ann Lee', 3).span(), p.search('xx Ann Lee', 0, 6), p.match('Ann Lee', 1).group(), p.fullmatch('Ann Lee 7').groups())
print(p.search('Ann Lee', -5, 100).pos, p.search('Ann Lee', -5, 100).endpos)
q = re.compile('a+')
print(q.findall('aa baaa a', 2), q.findall('aa baaa a', 0, 5), [x.span() for x in q.finditer('aa baaa a', 1, 8)])
print(q.fullmatch('aaa'), q.fullmatch('aab'), q.fullmatch('aab', 0, 2), q.match('baa'), q.match('baa', 1))
print(re.compile('').match('abc', 2).span(), re.compile('$').search('ab\n').span(), re.compile('a$').search('ba', 0, 1))
print(p == re.compile(p.pattern, re.I), p == re.compile(p.pattern), hash(p) == hash(re.compile(p.pattern, re.I)))
print(copy.copy(p) is p, copy.deepcopy(m) is m, copy.copy(m) is m)
print(re.compile(p) is p, re.compile('x', re.A).flags, re.compile('x', re.S | re.M | re.X).flags, re.compile(b'x').flags, re.compile('(?i)x').flags)
print(repr(re.compile('x', re.A)), repr(re.compile('x', re.S | re.M | re.X)), repr(re.compile(b'x', re.L | re.I)))
print(repr(re.compile('a' * 300))[:60], len(repr(re.compile('a' * 300))))
print(repr(re.match('.*', 'b' * 100)))
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(re.I, re.M, repr(re.X), str(re.S), re.A | re.I, re.I | re.A, re.I | 8192, re.NOFLAG, re.RegexFlag(0), ~re.I, ~re.NOFLAG)
print(int(re.I), re.I + 0, re.I | 0, isinstance(re.I, int), type(re.I | re.M).__name__, re.I == 2, re.U.value, re.I.name, (re.I | re.M).name)
print(re.IGNORECASE is re.I, re.RegexFlag.IGNORECASE == re.I, '%d %s %r' % (re.I, re.M, re.S), f'{re.I}', format(re.I, 'd'), format(re.M, '04b'))
print(re.T, re.DEBUG, re.L, re.U, re.I & re.M, re.I ^ re.I, 2 | re.M)
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search().group(), sc.search().group(), sc.search(), sc.pattern.pattern)
it = re.finditer(r'\d', 'a1b2')
print(iter(it) is it, [x.group() for x in it], list(it))
try:
    re.finditer('a', 5)
except TypeError as e:
    print('TypeError', e)
re.purge()
print(re.escape('a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o-p&q~r#s t\tu\nv'), re.escape(b'a.b\xff'), re.escape('é日'))
print(sorted(re.__all__))
print([(x.pos, x.endpos, x.span(), x.lastindex) for x in re.finditer('(a)|b', 'xab')], [(x.pos, x.endpos, x.span()) for x in q.finditer('aa baaa a', 1, 8)])
sc = re.compile('a|').scanner('xab', 1, 3)
print([(x.pos, x.endpos, x.span()) for x in iter(sc.search, None)][:5])
print(re.sub('b', lambda x: '%d-%d-%s' % (x.pos, x.endpos, x.re.pattern), 'abcb'), re.compile('b').sub(lambda x: x.string, 'ab'))
print(re.match('a', 'a', flags=re.NOFLAG), re.search('A', 'a', re.I | 0), re.compile('a', 0) is re.compile('a'))
