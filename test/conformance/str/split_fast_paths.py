# str.split() with no separator, splitlines() and split(sep) on 1-byte strs (the heap fast paths):
# runs of whitespace (Latin-1's: \t \n \v \f \r \x1c-\x1f space \x85 \xa0) separate words;
# maxsplit counts splits and leaves the rest; large texts split into as many parts as they have.
cases = ['', ' ', '   \t\n ', 'word', ' word ', 'a b  c ', '\ta\x0bb\x0cc\rd\x1ce\x1df\x1eg\x1fh\x85i\xa0j',
         'caf\xe9 na\xefve  \xfcber', 'x\u2003y\u3000z', 'tab\tand\nnewline']
for s in cases:
    print(repr(s), s.split())
    for m in (-1, 0, 1, 2, 5):
        print('  maxsplit', m, s.split(None, m), s.split(maxsplit=m))

words = ['w%d' % i for i in range(50000)]
text = ' \n'.join(words) + '  '
parts = text.split()
print(len(parts), parts[:3], parts[-3:], parts == words)
parts = text.split(None, 49998)
print(len(parts), repr(parts[-1]))
print([len(line.split()) for line in ('a b', ' ', 'a  b   c', 'one')])

# splitlines (Latin-1 line breaks: \n \r \r\n \v \f \x1c \x1d \x1e \x85) and split on a
# separator, which share the heap fast paths.
for s in ['', 'one', 'a\nb', 'a\r\nb\rc\n', '\n\n', 'x\x0by\x0cz\x1cw\x1dv\x1eu\x85t', 'end\r']:
    print(repr(s), s.splitlines(), s.splitlines(True), s.split('\n'), s.split('\n', 1))
lines = text.splitlines()
print(len(lines), lines[:2], lines[-1])
print(len(text.split('\n')), len(text.split(' \n')), text.split(' \n', 2)[:2])
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 2), 'abab'.split('ab'), 'x'.split('x'))
