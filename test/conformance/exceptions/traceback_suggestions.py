# 'Did you mean' suggestions of the traceback display: import from, module and instance attributes, self.attr, forgotten imports.
import sys
def h(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def i1():
    from sys import exitt
h(i1)
h(lambda: sys.exitt)
class K:
    def __init__(self): self.value = 1
    def m(self): return value
h(lambda: K().m())
h(lambda: math.pi)
def g():
    lenn = 3
    return lenn + pirnt
h(g)
h(lambda: [].apend)
