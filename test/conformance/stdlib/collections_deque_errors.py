# collections.deque: error messages, mutation during iteration and searches, subclasses, bounds.
from collections import deque
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = deque([1,2,3])
t(lambda: d.index(9)); t(lambda: d.remove(9)); t(lambda: deque(maxlen=-1)); t(lambda: deque(maxlen='a'))
t(lambda: deque(maxlen=2.0)); t(lambda: d[5]); t(lambda: d['a']); t(lambda: d[1:2]); t(lambda: deque().pop()); t(lambda: deque().popleft())
t(lambda: deque([1], maxlen=1).insert(0, 2)); t(lambda: d + [1]); t(lambda: [1] + d); t(lambda: d * 'a'); t(lambda: d < [1])
t(lambda: deque(1)); t(lambda: deque([], 1, 2)); t(lambda: deque(x=1)); t(lambda: d.rotate('a')); t(lambda: d.index(1, 'a'))
def mut():
    for x in d: d.append(1)
t(mut)
def rot():
    e = deque([1,2,3])
    for x in e: e.rotate(1)
t(rot)
def si():
    e = deque([1,2,3]); r=[]
    for x in e: e[2]=9; r.append(x)
    return r
t(si)
class Bad:
    def __eq__(s, o): d.clear(); return False
t(lambda: d.count(Bad())); d.extend([1,2,3]); t(lambda: Bad() in d); d.extend([1,2,3]); t(lambda: d.index(Bad())); d.extend([1,2]); t(lambda: d.remove(Bad()))
e = deque(); e.append(e); t(lambda: e)
t(lambda: deque([1,2], maxlen=3)); t(lambda: deque(maxlen=0)); 
class S(deque): pass
t(lambda: S([1])); t(lambda: S([1],2)); t(lambda: S([1,2]).copy()); t(lambda: type(S([1]) + deque([2]))); t(lambda: type(S([1]) * 2))
t(lambda: sorted(deque.__dict__.keys() - {"__reduce__", "__getattribute__", "__doc__", "__module__", "__bool__"}))
t(lambda: deque([1,2,3]).index(2, -2)); t(lambda: deque([1,2,3]).index(3, 0, 2)); t(lambda: deque([1,2,3]).index(3, 0, 100))
t(lambda: d.__hash__); t(lambda: hash(d)); t(lambda: deque.maxlen); t(lambda: deque.__module__);t(lambda: deque.__qualname__)
t(lambda: type(iter(d))); t(lambda: type(reversed(d))); t(lambda: iter(d).__length_hint__()); t(lambda: deque[int])
t(lambda: deque([1,2,3], 2)); t(lambda: d.extend(5)); t(lambda: deque([1])*-1); t(lambda: deque([1,2], maxlen=3)*3)
t(lambda: d.insert('a', 1)); t(lambda: d.__setitem__(9, 1)); t(lambda: d.__delitem__(9)); t(lambda: d.append())
t(lambda: d.__iadd__(5))
