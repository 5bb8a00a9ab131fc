# except* as CPython 3.12 draws it: handled parts, a new exception from a clause, a bare raise of a wrapped naked exception.
import sys
def h(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def work(i):
    if i % 2: raise ValueError(i)
    raise TypeError(i)
def gather():
    errs = []
    for i in range(3):
        try: work(i)
        except Exception as e: errs.append(e)
    raise ExceptionGroup('batch', errs)
def a():
    try:
        gather()
    except* ValueError as eg:
        print('handled', repr(eg))
h(a)
def b():
    try:
        gather()
    except* TypeError as eg:
        raise RuntimeError('converted') from eg
h(b)
def c():
    try:
        raise ValueError('solo')
    except* ValueError:
        raise
h(c)
def d():
    try:
        gather()
    except* ValueError:
        pass
    except* TypeError:
        pass
    print('all handled in d')
h(d)
