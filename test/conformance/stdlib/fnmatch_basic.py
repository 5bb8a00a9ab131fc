# fnmatch: translate() character for character (programs join translations with '|'), and
# matching with every kind of pattern: stars, '?', sets, negated sets, ranges (empty and
# reversed), literal brackets, set-operation characters, bytes.
import fnmatch
import re

patterns = ['*.py', 'a*b*c', '*', '**', '?', 'a?c', '[abc]', '[!abc]', '[a-c]', '[!a-c]x', '[]]', '[!]]',
            '[a-]', '[-a]', '[!-a]', '[z-a]', '[a-c-e]', '[a-z-]', '[\\]', '[a&&b]', '[~|]', '[^x]', '[[]',
            '[', 'ab[', '*[!.]*', 'a.b+c(d)', '[!]', '[]', 'x*y*', '*x*y', '[!-]', '[a-b-c-d]', '[c-a-e]']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.txt', 'abc', 'abbbc', 'axbyc', 'a', '', '-', ']', '!', '^', '[', 'z', 'xzy', 'x-y', 'a.b+c(d)',
         '\\', '&', '.hidden', 'A.PY', 'ab[', 'd', 'e']
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*.py'), fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatch('a.py', '*.PY'))
print(fnmatch.fnmatchcase(b'x.py', b'*.py'), fnmatch.filter([b'a', b'bb'], b'?'))
combined = re.compile('|'.join(fnmatch.translate(p) for p in ['*.py', '*.txt']))
print([n for n in names if combined.match(n)])
print(fnmatch.fnmatch('line\nbreak', 'line*'), fnmatch.fnmatchcase('aaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*a*a*a*a*c'))
