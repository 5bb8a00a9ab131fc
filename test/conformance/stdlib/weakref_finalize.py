# weakref.finalize: called once (at collection, by hand, or at exit), detach, peek, alive
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def report(*args, **kwargs):
    print('finalized', args, sorted(kwargs.items()))
    return 'result'


a = Res('a')
fa = weakref.finalize(a, report, 'a', 1, key='v')
print(fa.alive, fa.atexit, fa.peek()[1] is report, fa.peek()[2:])
del a
gc.collect()
print(fa.alive, fa.peek(), fa())

b = Res('b')
fb = weakref.finalize(b, report, 'b')
print(fb(), fb.alive, fb(), fb.detach())

c = Res('c')
fc = weakref.finalize(c, report, 'c')
obj, func, args, kwargs = fc.detach()
print(obj is c, func is report, args, kwargs, fc.alive)
del c, obj
gc.collect()
print('after c')

d = Res('d')
fd = weakref.finalize(d, report, 'd at exit')
e = Res('e')
fe = weakref.finalize(e, report, 'e not at exit')
fe.atexit = False
print(fd.atexit, fe.atexit)
g = Res('g')
fg = weakref.finalize(g, report, 'g at exit, first')


def bad():
    raise KeyError('oops')


try:
    weakref.finalize(3, report)
except TypeError as exc:
    print('TypeError', exc)
print('end of program')
