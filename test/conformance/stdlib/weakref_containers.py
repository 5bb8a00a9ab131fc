# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod: entries go at gc.collect()
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def __repr__(self):
        return 'Obj(%d)' % self.n


objs = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
for o in objs:
    wv['k%d' % o.n] = o
print(len(wv), sorted(wv.keys()), wv['k2'], 'k3' in wv, wv.get('zz', 'dflt'))
del objs[1:3]
o = None
gc.collect()
print(len(wv), sorted(wv), sorted(wv.values(), key=lambda x: x.n), sorted(wv.items()))
try:
    wv['k1']
except KeyError as e:
    print('KeyError', e)
print(wv.pop('k0'), len(wv), wv.setdefault('k4', None), len(wv.valuerefs()))
wv2 = weakref.WeakValueDictionary({'a': objs[0]}, b=objs[-1])
print(sorted(wv2.items()), isinstance(wv2.copy(), weakref.WeakValueDictionary))
wv2.clear()
print(len(wv2))

keys = [Obj(i) for i in range(4)]
wk = weakref.WeakKeyDictionary()
for k in keys:
    wk[k] = k.n * 100
print(len(wk), wk[keys[1]], keys[2] in wk, 5 in wk, wk.get(keys[3]))
del keys[0], keys[0]
k = None
gc.collect()
print(len(wk), sorted(wk.values()), sorted(v for _k, v in wk.items()))
print(len(wk.keyrefs()), wk.pop(keys[0]), len(wk))
del wk[keys[1]]
print(len(wk))

items = [Obj(i) for i in range(6)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, Obj(9) in ws, 3 in ws)
del items[::2]
gc.collect()
print(len(ws), sorted(x.n for x in ws))
ws.discard(items[0])
ws.add(items[0])
ws.remove(items[1])
print(len(ws), sorted(x.n for x in ws))
other = weakref.WeakSet([items[0]])
print(other <= ws, ws >= other, len(ws | other), len(ws - other), len(ws & other), ws == weakref.WeakSet(ws))
try:
    ws.remove(Obj(99))
except KeyError:
    print('KeyError')
print(len(ws.copy()))

a = Obj(7)
wm = weakref.WeakMethod(a.get)
print(wm()(), wm() == a.get, wm == weakref.WeakMethod(a.get))
calls = []
wm2 = weakref.WeakMethod(a.get, lambda w: calls.append(w is wm2))
del a
gc.collect()
print(wm(), wm2(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
