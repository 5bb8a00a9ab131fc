# bytes patterns and bytes-like subjects; str subjects with astral characters (code point spans); Unicode classes and case folding.
import re
for repl in [3, b'x', 'x']:
    for pat, s in [('a', 'a'), (b'a', b'a')]:
        try: print(re.sub(pat, repl, s))
        except TypeError as e: print('TypeError', e)
p = re.compile(rb'(\w+)\s(\d+)')
m = p.search(b'xx abc 123')
print(p, m, m.groups(), m.span(1), p.findall(b'a 1 b 2'), p.sub(rb'\2-\1', b'a 1 b 2'))
print(re.findall(rb'\w+', 'héllo wörld'.encode('latin1')), re.findall(rb'[\xe0-\xff]', b'a\xe9\xffb'), re.findall(rb'\d', '١2'.encode()))
print(re.findall(rb'(?i)[a-z]+', b'AbC\xc9\xe9'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.findall(b'(?i)K', b'k\xe2\x84\xaa'))
print(re.split(rb'\s+', b'a b\t\nc'), re.sub(b'a', lambda m: m.group() * 2, b'banana'), re.sub(b'a', bytearray(b'X'), b'aa'))
print(re.findall(b'.', bytearray(b'ab')), re.search(b'b', memoryview(b'abc')).span())
for pat, s in [('a', b'a'), (b'a', 'a'), ('a', 1), ('a', None)]:
    try: re.search(pat, s)
    except TypeError as e: print('TypeError', e)
print(re.escape(b'a-b'), re.compile(rb'\x41\101\n').findall(b'AA\n'), re.compile(b'a', re.L).flags, re.compile(b'(?L)a').flags)
# unicode and astral characters: positions are code points
s = 'a😀b😀😀c𝒜d'
print([m.span() for m in re.finditer('😀+', s)], re.findall('.', s), re.search('c(.)d', s).span(1), re.sub('😀', '-', s))
print(re.split('😀', s), re.search('b', s, ).start(), re.compile('[^a-z]').findall(s), re.search('d', s, ).span())
print(re.compile('b').search(s, 3), re.compile('b').search(s, 2, 4), re.compile('.').findall(s, 1, 5), re.match('.', s, ).span())
print(re.compile('😀').search(s, 2).span(), [m.span() for m in re.finditer('', '😀😀')], re.split('', '😀x😀'))
print(re.findall(r'\w+', 'Ⅷ ½ ² x_1 é ﬁ ۳'), re.findall(r'\d', '٣ ۳ ߃ ३ 3 ²'), re.findall(r'\s', ' \t\xa0\u2003\u3000\x1c\x85\ufeff'))
print(re.findall(r'(?i)ǅ', 'Ǆǅǆ'), re.findall('(?i)ß', 'ßẞ'), re.findall('(?i)σ', 'Σσς'), re.findall('(?i)[à-å]', 'ÀÅàå'))
print(re.findall(r'(?i)\u212a', 'kK\u212a'), re.findall('(?i:é)x', 'ÉxéX'), re.findall('(?i)é(?-i:x)', 'ÉxéX'), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'(?a:\w+)\w', 'héllo'), re.findall(r'(?ai)[k-s]', 'K\u212aS\u017f'), re.findall('(?i)[k-s]', 'K\u212aS\u017f'))
print(re.findall(r'\bé\b', 'é xé é'), re.findall(r'(?a)\b\w', 'é xé'), re.findall('[\u0100-\u0101]', '\u0100\u0101'), re.findall('\\u0100', 'Ā'))
print(re.fullmatch('(?s).*', 'a\nb\u2028c\rd').span(), re.findall('.', 'a\r\u2028\n'), re.findall('^.', 'a\rb\u2028c', re.M), re.findall('$', 'a\r\n'))
