// Exact 64-bit hashes and lengths past 2**53 outside hash() itself (see src/objects/hash-wide.ts):
// the __hash__ and __len__ slot wrappers, a class's __hash__ returning a wide int, CPython 3.12's
// slice hash (the tuple rounds without the length step) and the complex hash. Expected lines from
// CPython 3.12.1 running the same snippet.
import { beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { runSnippet } from './class-helpers.js';

beforeAll(() => {
  startRuntime();
});

const SNIPPET = `
p((10**30).__hash__(), (-10**30).__hash__(), (0.1).__hash__(), (2**62).__hash__(), (5).__hash__(), (-1).__hash__())
p(range(10**17 + 1).__len__(), range(0, 10**19, 3).__len__(), range(5).__len__(), [1, 2].__len__())
try:
    range(2**64).__len__()
except OverflowError as e:
    p('OverflowError', e)
class B:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
class I(int): pass
for v in [-2**63, -1, 2**63 - 1, 2**63, 2**64, -2**63 - 1, 10**30, 2**53 + 1, True, False, 7, I(2**60 + 3), I(-1)]:
    p(hash(B(v)), B(v).__hash__())
p(hash(slice(1, 2, 3)), slice(1, 2, 3).__hash__(), hash(slice(10**30, 0.1, (1, 2))), hash(slice(-1, -2, 2**62)))
p(hash(slice(slice(1, 2, 3), 4, 5)), hash(range(1, 10, 2)), hash(range(10**20, 10**21, 7)))
p(hash(complex(0.1, 0.2)), hash(1 + 1j), hash(complex(1e300, -1e-300)), (0.1j).__hash__(), hash(complex(3, 0)))
p(hash((1 + 0.1j, slice(1, 2, 0))), {slice(1, 2, 3): 1}[slice(1, 2, 3)], {0.1j: 2}[0.1j])
`;

describe('exact hashes past 2**53', () => {
  it('match CPython 3.12 for __hash__, __len__, class hashes, slices and complex numbers', () => {
    expect(runSnippet(SNIPPET)).toEqual([
    '465258685558744706 -465258685558744706 230584300921369408 2 5 -2',
    '100000000000000001 3333333333333333334 5 2',
    'OverflowError Python int too large to convert to C ssize_t',
    '-9223372036854775808 -9223372036854775808',
    '-2 -1',
    '9223372036854775807 9223372036854775807',
    '4 9223372036854775808',
    '8 18446744073709551616',
    '-5 -9223372036854775809',
    '465258685558744706 1000000000000000000000000000000',
    '9007199254740993 9007199254740993',
    '1 True',
    '0 False',
    '7 7',
    '1152921504606846979 1152921504606846979',
    '-2 -1',
    '-2340833382717974474 -2340833382717974474 2477198772859373970 1227929303804292049',
    '8685426422319413151 -8580228179051518038 5862042998565934911',
    '1614090106475185856 1000004 6339398033648882639 691752902776908224 3',
    '1838456670788757786 1 2',
    ]);
  });
});
