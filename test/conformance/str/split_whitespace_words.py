# str.split() with no separator: runs of whitespace (Latin-1's: \t \n \v \f \r \x1c-\x1f space
# \x85 \xa0) separate words; maxsplit counts splits and leaves the rest, leading whitespace
# stripped, trailing kept; a large text splits into as many words as it has.
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
