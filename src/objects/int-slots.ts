/**
 * The slots of int: repr, hash (CPython's, mod 2**61 - 1), comparison,
 * truth, every binary operator, unary -, +, ~ and __index__.
 *
 * Small ints (both operands inline) take `smallIntBinop`, which allocates
 * nothing unless the result leaves the small range or is a float; anything
 * else goes through bigint arithmetic (src/numeric/int-arith.ts). int's
 * slots return NotImplemented for floats and complexes: those types' slots
 * convert the int (CPython's order). Operands may be bools or boxed int
 * subclass instances (read through intOperand).
 */
import { fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { hashInt } from '../numeric/hash.js';
import { intFloorDiv, intLshift, intMod, intPow, intRshift } from '../numeric/int-arith.js';
import { intTrueDiv } from '../numeric/int-float.js';
import { intToDecimal } from '../numeric/int-str.js';
import { boolValue } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { bigOf, cmpResult, intOperand, newFloat } from './float.js';
import { wideHash } from './hash-wide.js';
import { heapIntValue, intFromBigInt, intFromNumber, safeIntValue } from './int.js';
import { numericError } from './int-errors.js';
import { E, S } from './registry.js';
import { newStr, smallIntStr } from './str.js';
import { declareSlots } from './typeobject.js';

export const NB_ADD = 0;
export const NB_AND = 1;
export const NB_FLOOR_DIVIDE = 2;
export const NB_LSHIFT = 3;
export const NB_MATMUL = 4;
export const NB_MULTIPLY = 5;
export const NB_REMAINDER = 6;
export const NB_OR = 7;
export const NB_POWER = 8;
export const NB_RSHIFT = 9;
export const NB_SUBTRACT = 10;
export const NB_TRUE_DIVIDE = 11;
export const NB_XOR = 12;

/**
 * `x <nb> y` for two small ints given as JS numbers (nb without the
 * in-place offset); allocates only for results outside the small range.
 */
export function smallIntBinop(x: number, y: number, nb: number): Value {
  switch (nb) {
    case NB_ADD: return intFromNumber(x + y);
    case NB_SUBTRACT: return intFromNumber(x - y);
    case NB_MULTIPLY: {
      const r = x * y;
      return Number.isSafeInteger(r) ? intFromNumber(r) : intFromBigInt(BigInt(x) * BigInt(y));
    }
    case NB_AND: return fromSmallInt(x & y);
    case NB_OR: return fromSmallInt(x | y);
    case NB_XOR: return fromSmallInt(x ^ y);
    case NB_FLOOR_DIVIDE:
      if (y === 0) throw raise(E.ZeroDivisionError, 'integer division or modulo by zero');
      // Exact: |x|, |y| < 2**30, so the rounded quotient never crosses an integer.
      return intFromNumber(Math.floor(x / y));
    case NB_REMAINDER: {
      if (y === 0) throw raise(E.ZeroDivisionError, 'integer modulo by zero');
      let r = x % y;
      if (r !== 0 && (r ^ y) < 0) r += y;
      return fromSmallInt(r);
    }
    case NB_LSHIFT:
      if (y < 0) throw raise(E.ValueError, 'negative shift count');
      if (x === 0) return fromSmallInt(0);
      if (y <= 22) return intFromNumber(x * 2 ** y);
      return bigIntBinop(BigInt(x), BigInt(y), nb);
    case NB_RSHIFT:
      if (y < 0) throw raise(E.ValueError, 'negative shift count');
      return fromSmallInt(x >> (y > 31 ? 31 : y));
    case NB_TRUE_DIVIDE:
      if (y === 0) throw raise(E.ZeroDivisionError, 'division by zero');
      // Both are exact doubles: IEEE division rounds correctly.
      return newFloat(x / y);
    case NB_POWER: {
      if (y < 0) return bigIntBinop(BigInt(x), BigInt(y), nb);
      let r = 1;
      for (let i = 0; i < y; i++) {
        r *= x;
        if (!Number.isSafeInteger(r)) return bigIntBinop(BigInt(x), BigInt(y), nb);
        if (r === 0 || r === 1) break;
        if (r === -1) {
          r = (y & 1) === 0 ? 1 : -1;
          break;
        }
      }
      return intFromNumber(r);
    }
    default: return S.NotImplemented;
  }
} // prettier-ignore

/** `x <nb> y` on bigints (nb without the in-place offset). */
export function bigIntBinop(x: bigint, y: bigint, nb: number): Value {
  try {
    switch (nb) {
      case NB_ADD: return intFromBigInt(x + y);
      case NB_SUBTRACT: return intFromBigInt(x - y);
      case NB_MULTIPLY: return intFromBigInt(x * y);
      case NB_AND: return intFromBigInt(x & y);
      case NB_OR: return intFromBigInt(x | y);
      case NB_XOR: return intFromBigInt(x ^ y);
      case NB_FLOOR_DIVIDE: return intFromBigInt(intFloorDiv(x, y));
      case NB_REMAINDER: return intFromBigInt(intMod(x, y));
      case NB_LSHIFT: return intFromBigInt(intLshift(x, y));
      case NB_RSHIFT: return intFromBigInt(intRshift(x, y));
      case NB_TRUE_DIVIDE: return newFloat(intTrueDiv(x, y));
      case NB_POWER: {
        const r = intPow(x, y);
        return typeof r === 'number' ? newFloat(r) : intFromBigInt(r);
      }
      default: return S.NotImplemented;
    }
  } catch (e) {
    throw numericError(e);
  }
} // prettier-ignore

/** The int slot `binop`: NotImplemented unless both operands are ints (bools, subclasses). */
export function intBinop(a: Value, b: Value, nb: number): Value {
  if (nb >= 13) nb -= 13;
  if ((a & b & 1) !== 0) return smallIntBinop(a >> 1, b >> 1, nb);
  const x = intOperand(a);
  if (x === 0) return S.NotImplemented;
  const y = intOperand(b);
  if (y === 0) return S.NotImplemented;
  if ((x & y & 1) !== 0) return smallIntBinop(x >> 1, y >> 1, nb);
  return bigIntBinop(bigOf(x), bigOf(y), nb);
}

/** sign(a - b) of two int operands. */
export function intCompareValues(x: Value, y: Value): number {
  if ((x & y & 1) !== 0) return (x >> 1) - (y >> 1);
  // Ints below 2**53 (and bools) compare as numbers: a bigint for each was a JS allocation per
  // comparison.
  const a = x === S.True ? 1 : x === S.False ? 0 : safeIntValue(x);
  const b = y === S.True ? 1 : y === S.False ? 0 : safeIntValue(y);
  if (a === a && b === b) return a < b ? -1 : a > b ? 1 : 0;
  const p = bigOf(x);
  const q = bigOf(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

export function intRichCompare(self: Value, other: Value, op: number): Value {
  if ((self & other & 1) !== 0) return boolValue(cmpResult((self >> 1) - (other >> 1), op));
  const x = intOperand(self);
  const y = intOperand(other);
  if (x === 0 || y === 0) return S.NotImplemented;
  return boolValue(cmpResult(intCompareValues(x, y), op));
}

/** str(n) with the int_max_str_digits limit (ValueError). */
export function intToStr(x: Value): string {
  if ((x & 1) !== 0) return String(x >> 1);
  try {
    return intToDecimal(heapIntValue(x));
  } catch (e) {
    throw numericError(e);
  }
}

/** The exact int equal to an int operand (bools become 0/1, subclass instances their box). */
export function exactInt(v: Value): Value {
  const x = intOperand(v);
  if ((x & 1) !== 0) return x;
  if (x === S.True) return fromSmallInt(1);
  if (x === S.False) return fromSmallInt(0);
  return x;
}

declareSlots('int', {
  repr(self: Value): Ref {
    const x = intOperand(self);
    return (x & 1) !== 0 ? smallIntStr(x >> 1) : newStr(intToStr(x));
  },
  hash(self: Value): number {
    const x = intOperand(self);
    if ((x & 1) !== 0) {
      const n = x >> 1;
      return n === -1 ? -2 : n;
    }
    return wideHash(hashInt(heapIntValue(x)));
  },
  richcompare: intRichCompare,
  bool(self: Value): boolean {
    const x = intOperand(self);
    if ((x & 1) !== 0) return x !== 1;
    return x !== S.False; // heap ints are never zero (normalized); False is the one zero bool
  },
  binop: intBinop,
  unary(self: Value, op: number): Value {
    const x = intOperand(self);
    if ((x & 1) !== 0) {
      const n = x >> 1;
      if (op === 0) return intFromNumber(-n);
      if (op === 1) return x;
      return fromSmallInt(~n);
    }
    if (op === 1) return exactInt(x);
    const b = heapIntValue(x);
    return intFromBigInt(op === 0 ? -b : -b - 1n);
  },
  index(self: Value): Value {
    return exactInt(self);
  },
});

