"""Test vectors for dis.test.ts: Python's repr() of constants.
Run: python3 gen_reprs.py reprs.json (any CPython 3.x: these reprs have not changed)."""
import json, random, struct, sys, unicodedata

random.seed(1234)
out = {"floats": [], "strings": [], "bytes": [], "complex": [], "frozensets": []}

def f2hex(x):
    return struct.pack('>d', x).hex()

floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
          5e-324, 1.7976931348623157e308, 2.5e-7, 1e22, 1e21, 9007199254740993.0, 100.0, 1e100,
          float('inf'), float('-inf'), float('nan'), 12345.678, 0.3, 2.0**62, 1234567890123456.7]
for _ in range(800):
    floats.append(struct.unpack('>d', random.getrandbits(64).to_bytes(8, 'big'))[0])
for _ in range(300):
    floats.append(random.uniform(-1e6, 1e6))
    floats.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
    floats.append(10.0 ** random.randint(-20, 25) * random.randint(1, 999))
for x in floats:
    if x != x and struct.pack('>d', x) != struct.pack('>d', float('nan')):
        continue
    out["floats"].append([f2hex(x), repr(x)])

for re_, im in [(0.0, 1.0), (1.0, 2.0), (-0.0, 1.0), (0.0, -1.0), (-0.0, -1.0), (1.5, -0.0), (0.0, 0.0),
                (1e16, 1e-7), (float('inf'), float('nan')), (0.0, float('-inf')), (2.0, float('nan')), (3.0, 0.0)]:
    out["complex"].append([f2hex(re_), f2hex(im), repr(complex(re_, im))])

samples = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\t\n\r\x00\x1f\x7f", "\x80\x9f\xa0\xad\xff",
           "caf\u00e9", "\u2028\u2029\u200b\ufeff", "\U0001f600 emoji", "\U000e0001", "\udc80 lone", "\ud800",
           "\ud83d\ude00", "\u0378", "\ue000 private", "\u3000 ideographic space", "x" * 3]
for s in samples:
    out["strings"].append([[ord(c) for c in s], repr(s)])
# A sweep of code points, skipping those assigned after Unicode 14 (Node's ICU may be newer).
cps = list(range(0, 0x800)) + list(range(0x2000, 0x2100)) + [random.randint(0x800, 0x10FFFF) for _ in range(1500)]
chunk = []
for cp in cps:
    if unicodedata.category(chr(cp)) == 'Cn':
        continue
    chunk.append(cp)
    if len(chunk) == 64:
        s = ''.join(map(chr, chunk))
        out["strings"].append([chunk, repr(s)])
        chunk = []

for b in [b"", b"abc", b"it's", b'"', b"'\"", bytes(range(256))]:
    out["bytes"].append([list(b), repr(b)])

for items in [[1, 2, 3], [3, 2, 1], [8, 16, 0], [100, 7, 33, 8, 9, 10, 200], list(range(20, 0, -1)), [-1, -2, 5],
              [True, 2, 1.0], [2**64, 5, -(2**70)], list(range(50, 0, -3)), [0, 0.0, False]]:
    out["frozensets"].append([[str(i) if isinstance(i, int) and not isinstance(i, bool) else i for i in items],
                              ["int" if isinstance(i, int) and not isinstance(i, bool) else type(i).__name__ for i in items],
                              repr(frozenset(items))])
json.dump(out, open(sys.argv[1], 'w'))
