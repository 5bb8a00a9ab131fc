import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeObject } from '../../src/bytecode/code.js';
import {
  MarshalError,
  deserializeCode,
  deserializeConst,
  serializeCode,
  serializeConst,
} from '../../src/bytecode/marshal.js';
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex, type ConstValue } from '../../src/compiler/ast.js';
import { codeArb, constArb, constKey } from './arbitraries.js';
import { handCode } from './helpers.js';

function expectMarshalErrorOrCode(bytes: Uint8Array): void {
  try {
    const c = deserializeCode(bytes);
    expect(c).toBeInstanceOf(CodeObject);
  } catch (e) {
    if (!(e instanceof MarshalError)) throw e;
  }
}

const sample = handCode({
  co_name: 'f',
  co_consts: [
    null,
    true,
    false,
    Ellipsis,
    0n,
    -1n,
    2n ** 64n,
    -(10n ** 300n),
    -0,
    NaN,
    Infinity,
    -Infinity,
    0.1,
    '',
    'ascii',
    'caf\u00e9 \ud800 lone \udfff and \u{1f600}',
    new Uint8Array([0, 255, 10]),
    new PyComplex(-0, NaN),
    new ConstTuple([1n, new ConstTuple([]), new ConstFrozenSet(['a', 'b'])]),
    // Around the zigzag varint's limit: 2**52 and past it are written as big ints.
    2n ** 52n - 1n,
    2n ** 52n,
    2n ** 53n,
    -(2n ** 53n),
  ],
  co_names: ['print', 'caf\u00e9'],
  varnames: ['x', 'y'],
  cellvars: ['y', 'z'],
  freevars: ['w'],
  code: [
    ['RESUME', 0, 1],
    ['LOAD_CONST', 300, 2],
    ['RETURN_VALUE'],
  ],
  exceptions: [{ start: 2, end: 6, target: 4, depth: 0, lasti: false }],
});

describe('marshal', () => {
  it('round-trips every constant kind bit-exactly', () => {
    const mod = handCode({ co_consts: [sample, sample, null], code: [['RETURN_CONST', 2, 1]] });
    const bytes = serializeCode(mod);
    const back = deserializeCode(bytes);
    expect(constKey(back)).toBe(constKey(mod));
    expect(Object.is((back.co_consts[0] as CodeObject).co_consts[8], -0)).toBe(true);
    // derived views survive too
    const f = back.co_consts[0] as CodeObject;
    expect(f.co_varnames).toEqual(['x', 'y']);
    expect(f.co_cellvars).toEqual(['y', 'z']);
    expect(f.co_freevars).toEqual(['w']);
  });

  it('shares repeated strings', () => {
    const many = handCode({
      co_consts: Array.from({ length: 50 }, () => handCode({ co_filename: '/some/long/path/to/module.py', code: [] })),
      co_filename: '/some/long/path/to/module.py',
      code: [],
    });
    expect(serializeCode(many).length).toBeLessThan(50 * 40);
  });

  it('property: random constants round-trip', () => {
    fc.assert(
      fc.property(constArb, (v) => {
        expect(constKey(deserializeConst(serializeConst(v)))).toBe(constKey(v));
      }),
      { numRuns: 500 },
    );
  });

  it('property: random code objects round-trip', () => {
    fc.assert(
      fc.property(codeArb, (c) => {
        expect(constKey(deserializeCode(serializeCode(c)))).toBe(constKey(c));
      }),
      { numRuns: 300 },
    );
  });

  it('property: random bytes give a code object or a MarshalError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => expectMarshalErrorOrCode(b)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => expectMarshalErrorOrCode(Uint8Array.from([1, 0x43, ...b]))),
      { numRuns: 2000 },
    );
  });

  it('property: truncated and corrupted serializations give a code object or a MarshalError', () => {
    const good = serializeCode(sample);
    for (let n = 0; n < good.length; n++) {
      expect(() => deserializeCode(good.subarray(0, n))).toThrow(MarshalError);
    }
    fc.assert(
      fc.property(
        codeArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        (c, edits) => {
          const b = serializeCode(c);
          for (const [at, val] of edits) b[at % b.length] = val;
          expectMarshalErrorOrCode(b);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('ASCII strings of every length round-trip', () => {
    for (const n of [0, 1, 63, 64, 65, 1000, 70_000]) {
      const text = Array.from({ length: n }, (_, i) => String.fromCharCode(i % 128)).join('');
      expect(deserializeConst(serializeConst(text))).toBe(text);
    }
  });

  it('rejects hostile input quickly', () => {
    // A tuple claiming 2**40 items, a string claiming 2**50 units, deep nesting.
    const hostile: number[][] = [
      [0x28, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20],
      [0x75, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],
      [0x69, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
      Array.from({ length: 100_000 }, () => [0x28, 0x01]).flat(),
      [0x72, 0x00],
      [0x49, 0x02, 0x00],
      [0x61, 0x01, 0xff],
      // An ASCII string with a byte past 0x7f: short (decoded by String.fromCharCode) and long (by a TextDecoder).
      [0x61, 0x03, 0x61, 0x80, 0x61],
      [0x61, 0x64, ...Array.from({ length: 99 }, () => 0x61), 0x9d],
    ];
    for (const h of hostile) {
      expect(() => deserializeConst(Uint8Array.from(h))).toThrow(MarshalError);
      expect(() => deserializeCode(Uint8Array.from([1, 0x43, 0, 0, 0, 0, 0, 0, 1, ...h]))).toThrow(MarshalError);
    }
    expect(() => deserializeCode(Uint8Array.from([99]))).toThrow(MarshalError);
    expect(() => deserializeCode(new Uint8Array())).toThrow(MarshalError);
    expect(() => deserializeCode(serializeConst(sample as unknown as ConstValue))).toThrow(MarshalError);
  });

  it('refuses trailing data', () => {
    const b = serializeCode(sample);
    expect(() => deserializeCode(Uint8Array.from([...b, 0]))).toThrow(MarshalError);
  });
});
