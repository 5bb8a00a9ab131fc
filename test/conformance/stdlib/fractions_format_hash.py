from fractions import Fraction as F
import random, sys
vals = [F(1, 3), F(-2, 3), F(0), F(-1, 1000), F(123456789, 7), F(5, 2), F(1, 2), F(-5, 2), F(99995, 10**6), F(1, 10**8), F(10**20, 3), F(7), F(-3, 10**5), F(999999, 10**6), F(2, 10**7), F(1, 16)]
specs = ['f', '.2f', '.0f', '#.0f', 'e', '.3e', '.0e', '#.0e', 'E', 'g', '.3g', '#g', '#.3g', 'G', '.0g', '%', '.1%', '10.2f', '<10.2f', '^12.3f', '=+12.2f', '*>14.4e', '+f', ' .3f', '-.2f', 'z.2f', 'z.0f', ',.2f', '_.3f', '015.2f', '015,.2f', '020_.4f', '0=12.2f', '012.3e', '+015,.1f', '08.1%', '.12g', '.20f', '#.5G', 'x^9.1F', '010', '1z.2f', '.f', '.01f', '<010.2f', 'd', '5', 'n', '', '00.2f', '0.2f', '+z#011,.3g']
for v in vals:
    out = []
    for s in specs:
        try: out.append(format(v, s))
        except ValueError as e: out.append('VE:' + str(e))
    print(repr(v), out)
rng = random.Random(5)
for i in range(120):
    n = rng.randrange(-10**rng.randrange(1, 30), 10**rng.randrange(1, 30))
    d = rng.randrange(1, 10**rng.randrange(1, 30))
    s = '%s%d%s' % (rng.choice(['', '+', ',', '_']), rng.randrange(0, 25), rng.choice(['.0e', '.3e', '.5f', '.1%', '.4g', '.15g', '.9G', '#.2g', 'f', 'e', 'g']))
    s = s.lstrip(',_') if s[0] in ',_' and False else s
    try: r = format(F(n, d), s)
    except ValueError as e: r = 'VE'
    print(n, d, s, r, hash(F(n, d)))
for v in [F(1, 3), F(-1, 3), F(1, 2**61 - 1), F(-1, 2**61 - 1), F(7, 2**61 - 1), F(2**61 - 1, 3), F(1, 2), F(-1, 1), F(-2, 1), F(10**40, 7), F(3, 2**70)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-3, 4)) == hash(-0.75), {F(1, 2): 'a'}[0.5])
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, F(1, 2) == complex(0.5, 1), F(0) == 0.0, F(1) == float('inf'), F(0) == float('nan'), F(2) == 2, F(4, 2) == True)
for o in [0.25, 0.5, 1.0, float('inf'), float('-inf'), float('nan'), F(1, 3), 1, 0]:
    print(o, [F(1, 2) < o, F(1, 2) <= o, F(1, 2) > o, F(1, 2) >= o, o < F(1, 2), o >= F(1, 2), F(1, 2) != o])
for o in ['a', None, 2j]:
    try: print(F(1, 2) < o)
    except TypeError as e: print('TypeError', e)
print(F(1, 2) == 'x', F(1, 2) != None, sorted([F(1, 3), 0.3, 1, F(-1, 2), 0]))
