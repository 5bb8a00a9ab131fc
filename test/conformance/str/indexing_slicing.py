# str indexing, slicing with steps, iteration, immutability, concatenation and multiplication.
s = 'abcdefghij'
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3], s[8:2:-2], s[100:], s[-100:2])
print(s[3:3], s[5:2], s[::-3], s[-1:-4:-1], s[slice(2, 8, 2)], s[slice(None)], s[slice(-2, None)])
for i in [10, -11]:
    try:
        s[i]
    except IndexError as e:
        print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError:', e)
print(list('abc'), tuple('xy'), [c for c in 'hey'], list(enumerate('ab')), list(reversed('abc')), sorted('banana'))
print('ab' + 'cd', 'ab' * 3, 'x' in s, 'def' in s, s.index('e'), len(s), len(''), min(s), max(s))
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 2.0
except TypeError as e:
    print('TypeError:', e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print('|'.join(parts), ''.join(reversed(parts)))
acc = ''
for ch in 'build':
    acc += ch.upper()
    acc = acc + '.'
print(acc, acc.count('.'), str.__len__(acc), str.__getitem__(acc, 2), str.__contains__(acc, 'B'))
print('😀a😀'[1], '😀a😀'[::-1], len('😀'), 'ab'[True], hash('x') == hash('x'), 'x' != None)
print(str.join(',', 'abc'), str.upper('x'), 'a'.__add__('b'), 'a'.__mul__(3), 'b'.__rmul__(2))
