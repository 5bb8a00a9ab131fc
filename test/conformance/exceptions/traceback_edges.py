# The traceback display's edge cases: failing __str__, odd __notes__, context cycles, module-qualified names, wide groups, recursion.
import sys
def h(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
class BadStr(Exception):
    def __str__(self):
        raise ValueError('no')
def r1(): raise BadStr()
h(r1)
def r2():
    e = KeyError('a'); e.__notes__ = 'weird'; raise e
h(r2)
def r3():
    e = ValueError('x'); e.__notes__ = ['n1', 42]; raise e
h(r3)
def r4():
    try:
        raise ValueError('a')
    except ValueError as a:
        b = TypeError('b')
        a.__context__ = b
        raise b
h(r4)
class E2(Exception): pass
E2.__module__ = 'pkg.mod'
def r5(): raise E2('q')
h(r5)
def r6(): raise BaseExceptionGroup('bg', [KeyboardInterrupt(), ValueError(1)])
h(r6)
def r7(): raise ExceptionGroup('many', [ValueError(i) for i in range(17)])
h(r7)
def rec(): rec()
h(rec)
print(sys.exc_info())
