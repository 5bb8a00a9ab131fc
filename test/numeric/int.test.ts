import { describe, it } from 'vitest';
import { checkTable } from './expected.js';
import * as T from './data/int-cases.js';
import {
  intFloorDiv, intMod, intDivmod, intTrueDiv, intPow, intPowMod, intLshift, intRshift, intBitLength, intBitCount,
  intRound, intToBytes, intFromBytes, intToFloat, floatToInt, floatFloor, floatCeil, compareIntFloat,
} from '../../src/numeric/index.js';

describe('int arithmetic (CPython 3.12 tables)', () => {
  it('a // b', () => checkTable(T.INT_FLOORDIV, intFloorDiv));
  it('a % b', () => checkTable(T.INT_MOD, intMod));
  it('divmod(a, b)', () => checkTable(T.INT_DIVMOD, intDivmod));
  it('a / b, correctly rounded', () => checkTable(T.INT_TRUEDIV, intTrueDiv));
  it('a ** b', () => checkTable(T.INT_POW, intPow));
  it('pow(a, b, m)', () => checkTable(T.INT_POWMOD, intPowMod));
  it('a << b', () => checkTable(T.INT_LSHIFT, intLshift));
  it('a >> b', () => checkTable(T.INT_RSHIFT, intRshift));
  it('bit_length', () => checkTable(T.INT_BIT_LENGTH, intBitLength));
  it('bit_count', () => checkTable(T.INT_BIT_COUNT, intBitCount));
  it('round(a, n)', () => checkTable(T.INT_ROUND, intRound));
  it('to_bytes', () =>
    checkTable(T.INT_TO_BYTES, (n: bigint, len: bigint, order: string, signed: boolean) => intToBytes(n, len, order, signed)));
  it('from_bytes', () =>
    checkTable(T.INT_FROM_BYTES, (b: bigint[], order: string, signed: boolean) => intFromBytes(Uint8Array.from(b, Number), order, signed)));
  it('float(int)', () => checkTable(T.INT_TO_FLOAT, intToFloat));
  it('int(float)', () => checkTable(T.FLOAT_TO_INT, floatToInt));
  it('math.floor', () => checkTable(T.FLOAT_FLOOR, floatFloor));
  it('math.ceil', () => checkTable(T.FLOAT_CEIL, floatCeil));
  it('int <=> float, exactly', () =>
    checkTable(T.INT_FLOAT_COMPARE, (n: bigint, x: number) => {
      const c = compareIntFloat(n, x);
      return Number.isNaN(c) ? 'nan' : BigInt(c);
    }));
});
