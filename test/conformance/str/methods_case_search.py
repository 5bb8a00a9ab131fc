# str methods: case conversion, searching, counting, predicates.
samples = ['hello World', 'ÄÖÜ straße', 'ǅungla', 'ﬁne', 'i̇stanbul', 'MiXeD 123 cAsE', "they're bill's", 'ΣΑΣ', '']
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=' | ')
s = 'the quick brown fox jumps over the lazy dog the end'
print(s.find('the'), s.find('the', 1), s.find('the', 1, 10), s.rfind('the'), s.rfind('cat'), s.find(''), s.rfind(''))
print(s.index('fox'), s.rindex('the'), s.count('the'), s.count('o'), s.count(''), s.count('the', 5, 40))
print(s.startswith('the'), s.startswith(('a', 'th')), s.endswith('end'), s.endswith('the', 0, 35), s.startswith('quick', 4))
for bad in [lambda: s.index('cat'), lambda: s.rindex('cat'), lambda: s.startswith(['x'])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print('abc'.find('c', -1), 'abc'.find('a', -10), 'aaaa'.count('aa'), 'abc'.find('', 5), 'abc'.find('', 3))
tests = ['abc', 'ABC', 'Abc Def', '123', '١٢٣', '½', '²', 'abc123', ' ', '\t\n', '', 'a b', 'x_1', '_x', '1x',
         'class', 'Ⅻ', 'é', '\x00', 'ǅ']
for t in tests:
    print(repr(t), [t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
                    t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii()])
print('a' in 'cat', 'at' in 'cat', '' in 'x', 'ct' not in 'cat')
print('ß'.upper(), 'ﬃ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ŉ'.upper(), 'Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Β'.lower())
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'), 'abc'.removesuffix(''))
