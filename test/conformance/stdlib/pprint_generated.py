# pprint: 150 generated structures (deterministic LCG) at random widths, indents, depths, compact
import pprint
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return state[0] % n
def make(depth):
    k = rnd(9 if depth < 4 else 4)
    if k == 0: return rnd(10**rnd(12))
    if k == 1: return 'w' * rnd(5) + ' word' * rnd(12)
    if k == 2: return bytes(range(rnd(20)))
    if k == 3: return rnd(1000) / 7
    if k == 4: return [make(depth + 1) for _ in range(rnd(6))]
    if k == 5: return tuple(make(depth + 1) for _ in range(rnd(4)))
    if k == 6: return {('k%d' % rnd(50)) if rnd(2) else rnd(30): make(depth + 1) for _ in range(rnd(5))}
    if k == 7: return set(rnd(100) for _ in range(rnd(8)))
    return bytearray(b'ab' * rnd(10))
for i in range(150):
    obj = make(0)
    w = 5 + rnd(80)
    print(pprint.pformat(obj, width=w, indent=1 + rnd(3), compact=bool(rnd(2)), depth=None if rnd(3) else 1 + rnd(3)))
