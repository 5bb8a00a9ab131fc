# collections.deque: which operations count as a change for a running iterator (as CPython 3.12).
from collections import deque
def during(op):
    d = deque([1, 2, 3, 4])
    out = []
    try:
        for x in d:
            out.append(x)
            if len(out) == 1:
                op(d)
    except RuntimeError as e:
        out.append(str(e))
    return out
ops = {'reverse': lambda d: d.reverse(), 'setitem': lambda d: d.__setitem__(0, 9), 'rotate0': lambda d: d.rotate(0),
       'rotate4': lambda d: d.rotate(4), 'imul1': lambda d: d.__imul__(1), 'extend_empty': lambda d: d.extend([]),
       'clear_empty': None, 'index': lambda d: d.index(3), 'count': lambda d: d.count(1), 'copy': lambda d: d.copy(),
       'append_pop': lambda d: (d.append(5), d.pop()), 'iadd_empty': lambda d: d.__iadd__([]), 'mul0': lambda d: d.__imul__(0),
       'remove': lambda d: d.remove(4), 'insert': lambda d: d.insert(0, 0), 'delitem': lambda d: d.__delitem__(3)}
for name, op in ops.items():
    if op: print(name, during(op))
e = deque(); it = iter(e); e.clear(); print(list(it))
