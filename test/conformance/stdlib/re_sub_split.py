# sub/subn (templates, functions, count), split (maxsplit, captured separators), findall, empty matches.
import re
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\w)(?P<b>\d)', r'\g<b>\g<a>\g<0>\g<1>', 'a1 b2'))
print(re.sub('a', r'\n\t\\x\&', 'bab'), repr(re.sub('a', '\\0\\012\\101', 'a')))
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', 'abc'), re.sub('(?:)', '+', 'ab'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=0), re.subn('a', 'b', 'aaaa', 3), re.subn('z', 'b', 'aaaa'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\d)', lambda m: None, 'a1b2'), re.sub('(a)|b', lambda m: repr(m.lastindex), 'ab'))
print(re.sub('(a)|(b)', r'[\1|\2]', 'abc'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'\B', '|', 'ab cd'), re.sub('$', 'E', 'a\nb\n'), re.sub('(?m)$', 'E', 'a\nb\n'), re.sub('(?m)^', '>', 'a\nb\n'))
print(re.sub('|a', '-', 'aa'), re.sub('a|', '-', 'aa'), re.sub('a*?', '-', 'aa'), re.sub('(?:a|)+?', '-', 'aab'))
print(re.findall('a*?', 'aab'), re.findall('(?:|a)', 'aa'), re.findall(r'\b|x', 'x y'), re.findall('a?', 'baa'))
print(re.split(',', 'a,b,,c'), re.split(',', 'a,b,c', 1), re.split(',', 'a,b,c', maxsplit=-1), re.split('(,)(x)?', 'a,b,xc'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\s*', 'a b  c'), re.split('(?=b)', 'abab'), re.split('^', 'a\nb', flags=re.M))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split('z', ''), re.split('', ''), re.split('x', 'x'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'), re.findall(r'(\w)', 'ab'), re.findall(r'\w(\w)?', 'abc'))
print([m.span() for m in re.finditer('', 'ab')], [m.group() for m in re.finditer(r'\w+|\s', 'ab cd')])
for repl in [r'\g<x>', r'\g<3>', r'\3', r'\g<1a>', r'\g<', r'\g<a', r'\g', 'a\\', r'\q', r'\g<>', r'\g<-1>', r'\400', 3]:
    try:
        print(repr(re.sub('(a)(?P<n>b)', repl, 'ab')))
    except Exception as e:
        print(repr(repl), type(e).__name__, e)
for f in [lambda m: 1, lambda m: b'x']:
    try:
        re.sub('a', f, 'bab')
    except TypeError as e:
        print('TypeError', e)
calls = []
def rec(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub('[ab]', rec, 'xaybz', 1), calls)
print(re.compile('o').sub('0', 'foo boo', 3), re.compile('(o)').subn(r'<\1>', 'foo'))
s = 'long ' * 2000
print(len(re.sub('o', '00', s)), len(re.findall(r'\w+', s)), len(re.split(' ', s)), re.search('g l', s).span())
print(re.sub('a', r'\g<0>\g<0>', 'xax'), re.sub('(?P<q>a)', lambda m: m.expand(r'<\g<q>>'), 'bab'))
