# A generator suspended in a `try` or `with` is closed when its last reference goes away, as
# CPython's reference counts close it: at `del` of the variable holding it (a local, a module's
# name, a function's `global`, a cell) and when the frame whose local held it returns; not while
# anything else still holds it (another local, the return value, a global). An exception its
# closing raises goes to sys.unraisablehook and the program goes on.
import sys


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('closed', tag)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print('exit', self.name, kind.__name__ if kind else None)
        return False


def guarded(tag):
    with Resource(tag):
        yield 1


g = gen('global')
next(g)
del g
print('after del of a global')


def local_at_return():
    h = gen('local')
    next(h)
    w = guarded('with')
    next(w)
    return 42


print(local_at_return())
print('after the return')


def returned():
    h = gen('returned')
    next(h)
    return h


kept = returned()
print('kept', next(kept))
kept.close()


def shared():
    a = gen('a')
    b = gen('b')
    next(a)
    next(b)
    c = a  # a's last reference is c, cleared after b
    return None


shared()
print('after shared')


def del_local():
    h = gen('deleted local')
    next(h)
    del h
    print('after del of a local')


del_local()

holder = []


def stored():
    h = gen('stored')
    next(h)
    holder.append(h)


stored()
print('still held by a list:', len(holder))
holder[0].close()
holder.clear()


def del_declared_global():
    global declared
    declared = gen('global declared in a function')
    next(declared)
    del declared
    print('after del of a declared global')


del_declared_global()


def outer():
    h = gen('cell')
    next(h)

    def inner():
        nonlocal h
        del h

    inner()
    print('after del of a cell')


outer()


def method_owner():
    class C:
        def m(self):
            h = gen('method')
            next(h)
            return 'm'

    return C().m()


print(method_owner())


def bad():
    try:
        yield 1
    finally:
        raise KeyError('boom')


def hook(info):
    print('unraisable', type(info.exc_value).__name__, info.exc_value)


sys.unraisablehook = hook


def drops_bad():
    b = bad()
    next(b)


drops_bad()
print('after the bad one')
unstarted = gen('unstarted')
del unstarted
finished = gen('finished')
for _ in finished:
    pass
del finished
print('end')
