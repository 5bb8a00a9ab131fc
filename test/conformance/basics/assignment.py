# Assignment forms: chained, augmented, unpacking to attributes/items, starred targets, walrus, del, swap.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
class O:
    pass
o = O()
o.attr, d = 'attribute', {}
d['k'], d['j'] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = 'first', 'last'
print(o.attr, d, lst)
first, *middle, last = range(6)
print(first, middle, last)
[p, q], r = (1, 2), 3
print(p, q, r)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 13; n ^= 1
print(n)
s = 'ab'
s += 'cd'
s *= 2
print(s)
if (m := len(s)) > 5:
    print('walrus bound', m)
data = [1, 2, 3, 4, 5]
while (item := data.pop()) > 3:
    print('popped', item)
print(data, item)
values = {'a': 1}
values['a'] += 10
values.setdefault('b', []).append('x')
print(values)
del values['a']
del lst[0], lst[-1]
print(values, lst)
z = 1
del z
try:
    z
except NameError as e:
    print('NameError:', e)
try:
    del undefined_name_here
except NameError as e:
    print('NameError:', e)
o.counter = 0
for _ in range(3):
    o.counter += 1
print(o.counter)
del o.attr
print(hasattr(o, 'attr'))
t = 1,
u = ()
v = (1)
print(t, u, v)
i = j = 0
i += 1
print(i, j)
k = [1, 2]
k2 = k
k += [3]
print(k2)
k = k + [4]
print(k2, k)
annotated: int = 5
only_annotation: str
print(annotated, __annotations__ if '__annotations__' in dir() else None)
try:
    only_annotation
except NameError as e:
    print('NameError:', e)
