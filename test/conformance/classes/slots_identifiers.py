# __slots__ names must be identifiers as str.isidentifier() says (XID_Start or '_', then
# XID_Continue), Unicode ones included; re's group names follow the same rule.
import re

for names in (('a', 'b_1'), ('é',), ('\u2118x',), ('x\u00b7',), ('_',), ('1a',), ('a b',), ('',), ('a-b',)):
    try:
        C = type('C', (), {'__slots__': names})
        print(ascii(names), 'ok', sorted(n for n in vars(C) if not n.startswith('__')))
    except TypeError as e:
        print(ascii(names), 'TypeError:', e)

for pattern in (r'(?P<é>x)', r'(?P<a1>x)', r'(?P<1a>x)', '(?P<\u2118>x)', r'(?P<a b>x)'):
    try:
        print(ascii(pattern), ascii(re.compile(pattern).groupindex))
    except re.error as e:
        print(ascii(pattern), 're.error:', ascii(str(e)))
