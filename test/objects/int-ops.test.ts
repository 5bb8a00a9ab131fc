/**
 * The number types' slots against CPython 3.12.1: every binary operator,
 * comparison and unary operator over ints (small, big, negative), bools,
 * floats (-0.0, inf, nan, huge, tiny), complexes and a str, plus repr, hash
 * and truth. Expectations: fixtures/numbers-ops.json, made by
 * fixtures/gen_numbers.py under CPython 3.12.1.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Value } from '../../src/heap/layout.js';
import { floatFromHex } from '../../src/numeric/float-hex.js';
import { newComplex } from '../../src/objects/complex.js';
import { newFloat } from '../../src/objects/float.js';
import { intFromBigInt } from '../../src/objects/int.js';
import { S } from '../../src/objects/registry.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { slotsOf } from '../../src/objects/typeobject.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { binaryOp, hashValue, isTrue, repr, richCompare, unaryOp } from '../../src/vm/abstract.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { pyError } from './str-helpers.js';

type Desc = ['int', string] | ['bool', boolean] | ['float', string] | ['complex', string, string] | ['str', string];
interface Fixture {
  binops: [Desc, Desc, number, string][];
  compares: [Desc, Desc, number, string][];
  unary: [Desc, number, string][];
  singles: [Desc, string, string | null, boolean][];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/numbers-ops.json', import.meta.url), 'utf8')) as Fixture;

function make(d: Desc): Value {
  switch (d[0]) {
    case 'int': return intFromBigInt(BigInt(d[1]));
    case 'bool': return d[1] ? S.True : S.False;
    case 'float': return newFloat(floatFromHex(d[1]));
    case 'complex': return newComplex(floatFromHex(d[1]), floatFromHex(d[2]));
    case 'str': return newStr(d[1]);
  }
} // prettier-ignore

function show(d: Desc): string {
  if (d[0] === 'float') return `float(${floatFromHex(d[1])})`;
  if (d[0] === 'complex') return `complex(${floatFromHex(d[1])}, ${floatFromHex(d[2])})`;
  return String(d[1]);
}

/** repr(f()) or '!Exc: message', as the fixture writes outcomes. */
function outcome(f: () => Value): string {
  let text = '';
  const err = pyError(() => {
    text = strValue(repr(f()));
  });
  return err === 'no error' ? text : '!' + err;
}

const OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
const CMPS = ['<', '<=', '==', '!=', '>', '>='];

beforeAll(() => {
  startRuntime();
});

describe('number slots against CPython 3.12', () => {
  it('binary operators (and their in-place forms)', () => {
    const bad: string[] = [];
    for (const [a, b, nb, want] of fx.binops) {
      const got = outcome(() => binaryOp(make(a), make(b), nb));
      if (got !== want) bad.push(`${show(a)} ${OPS[nb]} ${show(b)}: got ${got}, want ${want}`);
      if (a[0] !== 'str') {
        const inplace = outcome(() => binaryOp(make(a), make(b), nb + 13));
        if (inplace !== got && inplace !== want.replace(/for (\S+): /, 'for $1=: ')) {
          bad.push(`${show(a)} ${OPS[nb]}= ${show(b)}: got ${inplace}, want ${want}`);
        }
      }
    }
    expect(bad.slice(0, 30)).toEqual([]);
  });

  it('comparisons', () => {
    const bad: string[] = [];
    for (const [a, b, op, want] of fx.compares) {
      const got = outcome(() => richCompare(make(a), make(b), op));
      if (got !== want) bad.push(`${show(a)} ${CMPS[op]} ${show(b)}: got ${got}, want ${want}`);
    }
    expect(bad.slice(0, 30)).toEqual([]);
  });

  it('unary operators', () => {
    const bad: string[] = [];
    for (const [a, op, want] of fx.unary) {
      const got = outcome(() => unaryOp(make(a), op));
      if (got !== want) bad.push(`${'-+~'[op]}${show(a)}: got ${got}, want ${want}`);
    }
    expect(bad).toEqual([]);
  });

  it('repr, hash and truth', () => {
    for (const [d, wantRepr, wantHash, wantTrue] of fx.singles) {
      const v = make(d);
      expect(strValue(repr(v)), show(d)).toBe(wantRepr);
      expect(isTrue(v), show(d)).toBe(wantTrue);
      if (wantHash !== null) {
        // The slot's hash is CPython's, as the nearest JS number (exact below 2**53).
        expect(hashValue(v), show(d)).toBe(Number(BigInt(wantHash)));
        expect(slotsOf(typeOf(v)).hash!(v), show(d)).toBe(Number(BigInt(wantHash)));
      }
    }
  });
});
