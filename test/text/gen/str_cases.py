# Runs str methods under CPython 3.12.1 and writes fixtures/str-methods.json:
# [method, receiver, args, result] with result {"ok": value} or {"err": [class, message]}.
import json, sys

S = ['', 'a', 'abc', 'abcabc', '  hello  world  ', 'Hello World', 'hello WORLD 123', '\t\n a\x1cb\x85c\u2028d\u3000 ',
     'a\r\nb\rc\nd\x0be\x0cf\x1dg\x1eh\u2029i\x85', 'ß straße', 'ǆemal ǅ Ǆ', 'ΟΔΟΣ ΣΑΣ Σ', 'İstanbul', 'ﬁne ŉ',
     'a😀b😀c', '😀', '\ud800x\udc00', '\ude00😀\ud83d', 'x\udc00', '123', '١٢٣', '²³', '½', '一二三',
     'they\'re bill\'s friends', 'aAbBcC', '-42', '+7', 'a\tb\tc\n\td', '💩\t💩', 'ᾳ ᾼ', 'ǰ', 'ab--cd--', '--', 'aaa']

WINDOWED = ['', 'abc', 'abcabc', 'a😀b😀c', '\ude00😀\ud83d', 'ΟΔΟΣ ΣΑΣ Σ', '\ud800x\udc00']

def call(recv, meth, args):
    try:
        r = getattr(recv, meth)(*args)
        if isinstance(r, tuple):
            r = list(r)
        return {'ok': r}
    except Exception as e:
        return {'err': [type(e).__name__, str(e)]}

cases = []
def add(meth, recv, *args):
    cases.append([meth, recv, list(args), call(recv, meth, args)])

for s in S:
    for m in ['lower', 'upper', 'casefold', 'capitalize', 'swapcase', 'title', 'isalpha', 'isalnum', 'isdecimal',
              'isdigit', 'isnumeric', 'isspace', 'isprintable', 'isascii', 'isidentifier', 'islower', 'isupper',
              'istitle', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']:
        add(m, s)
    add('splitlines', s, True)
    add('split', s, None, 1)
    add('rsplit', s, None, 1)
    add('split', s, None, 0)
    add('expandtabs', s, 4)
    add('expandtabs', s, 0)
    subs = ['', 'a', 'bc', 'abc', '😀', '\ud83d', '\ude00', ' ', '--', 'Σ'] if s in WINDOWED + ['ab--cd--', '--', 'aaa', '  hello  world  '] else ['a', ' ', '😀']
    for sub in subs:
        for meth in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'partition', 'rpartition', 'split', 'rsplit',
                     'removeprefix', 'removesuffix', 'strip', 'lstrip', 'rstrip', '__contains__']:
            add(meth, s, sub)
        if s not in WINDOWED or sub not in ('', 'a', 'bc', '😀', '\ude00', 'Σ'):
            continue
        for a, b in [(1, None), (None, 2), (-2, None), (1, -1), (3, 1), (5, 10), (0, 100), (-100, 2), (len(s), None), (len(s) + 1, None)]:
            for meth in ['find', 'rfind', 'count', 'startswith', 'endswith']:
                add(meth, s, sub, a, b)
        add('split', s, sub, 1)
        add('rsplit', s, sub, 1)
        add('split', s, sub, 0)
        for c in [-1, 0, 1, 2]:
            add('replace', s, sub, '<>', c)
        add('replace', s, sub, '')
    for w in [-1, 0, 3, 10, 11]:
        add('center', s, w)
        add('ljust', s, w, '*')
        add('rjust', s, w, '😀')
        add('zfill', s, w)
        add('center', s, w, '-')
    add('startswith', s, ('x', 'a', 'he'))
    add('endswith', s, ('x', 'c', 'ld'), 1)
    add('startswith', s, ())
add('center', 'a', 5, 'ab')
add('center', 'a', 5, '')
add('ljust', 'a', 5, '\ud83d\udc00x')
add('rindex', 'abc', 'd')
add('index', 'abc', 'd', 1)
json.dump(cases, sys.stdout, ensure_ascii=True, separators=(',', ':'))
