# functools: partial (calls, flattening, keywords, repr, attributes, errors), partialmethod, reduce
from functools import partial, partialmethod, reduce
import functools

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

def f(*args, **kw):
    return args, sorted(kw.items())

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords)
print(repr(partial(max, 1)), repr(partial(max, 1, key=abs)), repr(partial(len)))
q = partial(p, 7, c=8)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(partial(max, 1), 2, default=0)))
class MyPartial(partial):
    pass
m = MyPartial(max, 5)
print(repr(m), m(3), m(9), isinstance(m, partial), type(m).__name__)
print(repr(partial(m, 1)))
m.note = 'x'
print(repr(partial(m, 1)))
class P2(partial):
    def __call__(self, *a):
        return 'own call'
print(repr(partial(P2(max, 5), 1)), partial(P2(max), 1)())
p2 = partial(f)
p2.attr = 'x'
print(p2.attr, p2.__dict__)
red = partial(f, 1).__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][0] is f, red[2][1:])
show('no args', lambda: partial())
show('not callable', lambda: partial(1))
show('set func', lambda: setattr(partial(f), 'func', max))
print(partial[int], partial(int, '10', base=2)())
print(list(map(partial(pow, 2), range(5))), sorted([3, -1, 2], key=partial(pow, exp=2)))
r = partial(f)
r2 = partial(r, 1)
print(r2.func is f, r2.args)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=''):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True, note='on')
    set_dead = partialmethod(set_state, False)
    both = partialmethod(partialmethod(set_state, True), note='nested')
    @classmethod
    def make(cls, n):
        return [cls.__name__] * n
    twice = partialmethod(make, 2)
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.both(), Cell.twice())
print(repr(Cell.__dict__['set_dead']).startswith('functools.partialmethod(<function Cell.set_state'))
print(Cell.set_dead(c), c.alive, Cell.__dict__['set_alive'].keywords)
show('partialmethod int', lambda: partialmethod(1))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [5], 2), reduce(max, [], 'init'), reduce(lambda a, b: a + [b], 'abc', []))
print(functools.reduce(pow, [2, 3, 2]))
show('reduce empty', lambda: reduce(max, []))
show('reduce 1 arg', lambda: reduce(max))
show('reduce 4 args', lambda: reduce(max, [], 1, 2))
show('reduce kw', lambda: reduce(max, [1], initial=2))
show('reduce int', lambda: reduce(max, 5))
show('reduce raising', lambda: reduce(lambda a, b: a / b, [1, 0]))
try:
    reduce(max, 5)
except TypeError as e:
    print(e.__context__, e.__cause__)

# state round trip, recursion in repr, __dict__
p = partial(f, 1, k='v')
p.extra = 2
cls, init, state = p.__reduce__()
q = cls(*init)
q.__setstate__(state)
print(q(), q.extra, q.args, q.keywords, state[3])
show('setstate list', lambda: q.__setstate__([f, (), {}, None]))
show('setstate short', lambda: q.__setstate__((f, ())))
show('setstate bad', lambda: q.__setstate__((1, (), {}, None)))
show('setstate list args', lambda: q.__setstate__((max, [3, 1], None, None)))
q.__setstate__((max, (3, 1), None, None))
print(q(), q.args, q.keywords)
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).replace(repr(f), '<f>'))
show('del args', lambda: delattr(p, 'args'))
show('set dict', lambda: setattr(p, '__dict__', 5))
p.__dict__ = {'z': 1}
print(p.z, vars(p))
def kwonly(*, a, b=2, **rest):
    return a, b, sorted(rest.items())
kp = partial(kwonly, a=1, c=3)
print(kp(), kp(b=5), kp(a=9, d=4), kp.keywords)
show('kw dup', lambda: partial(kwonly, a=1)(1))
