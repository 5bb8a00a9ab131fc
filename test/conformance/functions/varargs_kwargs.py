# *args and **kwargs: packing, unpacking at call sites, ordering of keyword arguments.
def show(*args, **kwargs):
    print('args =', args, 'kwargs =', kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, *[2, 3], *(4,), x=5, **{'y': 6}, z=7)
show(*'abc', **dict(k='v'))
show(*range(3), *{10: 'a'})

def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))

def opts(name, **options):
    return name, sorted(options.items())
print(opts('n', z=1, a=2))
print(opts(**{'name': 'kw', 'extra': True}))

def f(a, b, c):
    return a * 100 + b * 10 + c
args = (1, 2)
print(f(*args, 3), f(3, *args), f(*args, c=9), f(**{'c': 1, 'b': 2, 'a': 3}))

try:
    f(1, **{'a': 2, 'b': 3})
except TypeError as e:
    print('TypeError:', e)
try:
    show(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    show(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
try:
    show(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    show(**[1])
except TypeError as e:
    print('TypeError:', e)

class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
show(**Mapping())
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, y=2, x=3, **{'w': 4}))
