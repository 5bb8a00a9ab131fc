# collections.OrderedDict: changes of the key order during iteration raise, as CPython 3.12 (setting an existing key does not).
from collections import OrderedDict
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def add():
    o = OrderedDict(a=1, b=2)
    for k in o: o['c'] = 3
def same_size():
    o = OrderedDict(a=1, b=2)
    for k in o:
        del o['b']; o['z'] = 1
def move():
    o = OrderedDict(a=1, b=2, c=3)
    r = []
    for k in o:
        r.append(k); o.move_to_end('a')
    return r
def setv():
    o = OrderedDict(a=1, b=2)
    for k in o: o[k] = 5
    return o
def viewsadd():
    o = OrderedDict(a=1, b=2)
    for k in o.items(): o['c'] = 3
t(add); t(same_size); t(move); t(setv); t(viewsadd)
def rev():
    o = OrderedDict(a=1, b=2)
    for k in reversed(o): o.popitem(last=False)
def values_pop():
    o = OrderedDict(a=1, b=2)
    for v in o.values(): o.pop('b')
def clear():
    o = OrderedDict(a=1)
    for k in o: o.clear()
def ok_after():
    o = OrderedDict(a=1, b=2)
    for k in o: pass
    o['c'] = 3
    o.move_to_end('a')
    return list(o), list(reversed(o)), list(o.items()), o.pop('zz', 'dflt')
t(rev); t(values_pop); t(clear); t(ok_after)
o = OrderedDict(x=1)
o.attr = 'a'
print(vars(o), o)
def add_at_last():
    o = OrderedDict(a=1, b=2)
    seen = []
    for k in o:
        seen.append(k)
        if k == 'b':
            o['c'] = 3
    return seen, list(o)
def early_break():
    o = OrderedDict.fromkeys('abcd')
    for k in o:
        break
    o.popitem()
    return list(o), list(reversed(o))
t(add_at_last); t(early_break)
