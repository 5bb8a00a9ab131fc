import { describe, expect, it } from 'vitest';
import { checkTable } from './expected.js';
import { jsLibm, libm } from '../../src/numeric/c-libm.js';
import * as T from './data/float-cases.js';
import {
  floatMod, floatFloorDiv, floatDivmod, floatTrueDiv, floatPow, floatRound, floatRoundTo, floatIsInteger,
  floatAsIntegerRatio, floatHex, floatFromHex, NeedsComplexError,
} from '../../src/numeric/index.js';

function pow(a: number, b: number): unknown {
  try {
    return floatPow(a, b);
  } catch (e) {
    if (e instanceof NeedsComplexError) return 'complex';
    throw e;
  }
}

describe('float arithmetic (CPython 3.12 tables)', () => {
  it('a % b', () => checkTable(T.FLOAT_MOD, floatMod));
  it('a // b', () => checkTable(T.FLOAT_FLOORDIV, floatFloorDiv));
  it('divmod(a, b)', () => checkTable(T.FLOAT_DIVMOD, floatDivmod));
  it('a / b', () => checkTable(T.FLOAT_TRUEDIV, floatTrueDiv));
  // 10.0 ** 23 included: exactly halfway between two doubles, where glibc's pow (CPython's) rounds
  // up and only the C library itself gives CPython's value (c-libm.ts).
  it.runIf(libm().source === 'host')('a ** b', () => checkTable(T.FLOAT_POW, pow));
  it("a ** b from gilvm's own pow, where no C library loads: an exact halfway point rounds to even", () => {
    expect(jsLibm.pow(10, 23)).toBe(Number('1e23'));
  });
  it('round(x), round(x, n)', () =>
    checkTable(T.FLOAT_ROUND, (x: number, n: bigint | null) => (n === null ? floatRound(x) : floatRoundTo(x, n))));
  it('is_integer', () => checkTable(T.FLOAT_IS_INTEGER, floatIsInteger));
  it('as_integer_ratio', () => checkTable(T.FLOAT_RATIO, floatAsIntegerRatio));
  it('hex', () => checkTable(T.FLOAT_HEX, floatHex));
  it('fromhex', () => checkTable(T.FLOAT_FROMHEX, floatFromHex));
});
