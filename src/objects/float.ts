/**
 * float objects and their slots (repr, hash, comparison with exact int/float
 * semantics, truth, arithmetic with ints mixed in, unary minus/plus).
 *
 *     +--------+--------+--------+--------+------------------+
 *     | type   | gc     | lock   | aux    | value (f64)      |     raw body; 24 bytes
 *     +--------+--------+--------+--------+------------------+
 *     0                                   16 (8-aligned: read through the f64 view)
 *
 * Subclasses of float box an exact float (src/objects/type-layout.ts): code that
 * accepts them reads operands through `floatOperand` / `toDouble`.
 *
 * Mixed arithmetic follows CPython: int's slots return NotImplemented for a
 * float, float's slots convert the int (OverflowError 'int too large to
 * convert to float') and compute; complex's slots do the same for both.
 */
import { allocateRaw8 } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { NeedsComplexError } from '../numeric/errors.js';
import { floatFloorDiv, floatMod, floatPow, floatTrueDiv } from '../numeric/float-arith.js';
import { floatRepr } from '../numeric/float-format.js';
import { hashFloat } from '../numeric/hash.js';
import { compareIntFloat, intToFloat } from '../numeric/int-float.js';
import { boolValue } from '../vm/abstract.js';
import { constHooks } from './const-hooks.js';
import { wideHash } from './hash-wide.js';
import { heapIntValue } from './int.js';
import { numericError } from './int-errors.js';
import { S, T } from './registry.js';
import { newStr } from './str.js';
import { isSubtype } from './typecheck.js';
import { unboxed } from './type-layout.js';
import { declareSlots } from './typeobject.js';


export function newFloat(x: number): Ref {
  const r = allocateRaw8(T.float);
  f64[(r + HEADER_BYTES) >> 3] = x;
  return r;
}
constHooks.newFloat = newFloat;

/** The double of an exact float object (not a boxed subclass instance: see floatOperand). */
export function floatValue(v: Ref): number {
  return f64[(v + HEADER_BYTES) >> 3]!;
}

export function isExactFloat(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && i32[v >> 2] === T.float;
}

/** The exact float object of a float or float-subclass instance, or NULL for anything else. */
export function floatOperand(v: Value): Ref {
  if ((v & 1) !== 0 || v === NULL) return NULL;
  const t = i32[v >> 2]!;
  if (t === T.float) return v;
  if (isSubtype(t, T.float)) return unboxed(v);
  return NULL;
}

/** The exact int (small, heap int or bool) of an int-like value (int subclasses unboxed), or NULL. */
export function intOperand(v: Value): Value {
  if ((v & 1) !== 0) return v;
  if (v === NULL) return NULL;
  const t = i32[v >> 2]!;
  if (t === T.int || t === T.bool) return v;
  if (isSubtype(t, T.int)) return unboxed(v);
  return NULL;
}

/** The value of an int operand from intOperand, as a bigint. */
export function bigOf(x: Value): bigint {
  return (x & 1) !== 0 ? BigInt(x >> 1) : heapIntValue(x);
}

/** Set by toDouble. */
export let operandDouble = 0;

/**
 * Convert a float or int operand to a double in `operandDouble`; false (and
 * nothing raised) for any other type. A huge int raises OverflowError.
 */
export function toDouble(v: Value): boolean {
  if ((v & 1) !== 0) {
    operandDouble = v >> 1;
    return true;
  }
  const f = floatOperand(v);
  if (f !== NULL) {
    operandDouble = floatValue(f);
    return true;
  }
  const n = intOperand(v);
  if (n === NULL) return false;
  operandDouble = bigToDouble(n);
  return true;
}

/** float(n) of an int operand, correctly rounded; OverflowError when too large. */
export function bigToDouble(n: Value): number {
  if ((n & 1) !== 0) return n >> 1;
  try {
    return intToFloat(heapIntValue(n));
  } catch (e) {
    throw numericError(e);
  }
}

/** Hash of a float as CPython's (a JS number; the exact value past 2**53 through hash-wide.ts). */
export function floatHashNumber(x: number, self: Value): number {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x === 0 ? 0 : x; // -0.0 hashes as 0
  return wideHash(hashFloat(x, nanHash(self)));
}

/** A nan hashes by identity (CPython 3.10+): its address, shifted as CPython shifts pointers. */
export function nanHash(self: Value): bigint {
  return BigInt(self >>> 3);
}

/** Comparison outcome for op (0 < 1 <= 2 == 3 != 4 > 5 >=) given c = sign(a - b), NaN unordered. */
export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return !(c === 0);
    case 4: return c > 0;
    default: return c >= 0;
  }
} // prettier-ignore

function floatCompare(self: Value, other: Value, op: number): Value {
  const f = floatOperand(self);
  if (f === NULL) return S.NotImplemented;
  const x = floatValue(f);
  if ((other & 1) !== 0) return boolValue(cmpResult(x - (other >> 1), op));
  const g = floatOperand(other);
  if (g !== NULL) {
    const y = floatValue(g);
    return boolValue(cmpResult(x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN, op));
  }
  const n = intOperand(other);
  if (n === NULL) return S.NotImplemented;
  return boolValue(cmpResult(-compareIntFloat(bigOf(n), x), op));
}

/**
 * The complex power for a negative float base with a fractional exponent
 * (installed by complex.ts, which float.ts must not import: complex imports float).
 */
export const floatHooks = {
  complexPow: (_x: number, _y: number): Value => NULL,
};

function floatBinop(a: Value, b: Value, nb: number): Value {
  // Exact floats and small ints are read inline: this is the hot path of float arithmetic.
  let x: number;
  if ((a & 1) !== 0) x = a >> 1;
  else if (i32[a >> 2] === T.float) x = f64[(a + HEADER_BYTES) >> 3]!;
  else {
    if (!toDouble(a)) return S.NotImplemented;
    x = operandDouble;
  }
  let y: number;
  if ((b & 1) !== 0) y = b >> 1;
  else if (i32[b >> 2] === T.float) y = f64[(b + HEADER_BYTES) >> 3]!;
  else {
    if (!toDouble(b)) return S.NotImplemented;
    y = operandDouble;
  }
  if (nb >= 13) nb -= 13;
  let r: number;
  if (nb === 0) r = x + y;
  else if (nb === 10) r = x - y;
  else if (nb === 5) r = x * y;
  else if (nb === 11 && y !== 0) r = x / y;
  else {
    rareOperands[0] = x;
    rareOperands[1] = y;
    return floatBinopRare(nb);
  }
  // Not newFloat(r): a double passed to a call V8 does not inline is a new JS heap number.
  const box = allocateRaw8(T.float);
  f64[(box + HEADER_BYTES) >> 3] = r;
  return box;
}

/** floatBinopRare's operands, handed over in a typed array for the reason above. */
const rareOperands = new Float64Array(2);

/** The float operators that may raise: / by zero, //, %, ** (operands in rareOperands). */
function floatBinopRare(nb: number): Value {
  const x = rareOperands[0]!;
  const y = rareOperands[1]!;
  try {
    switch (nb) {
      case 11: return newFloat(floatTrueDiv(x, y));
      case 2: return newFloat(floatFloorDiv(x, y));
      case 6: return newFloat(floatMod(x, y));
      case 8: return newFloat(floatPow(x, y));
      default: return S.NotImplemented;
    }
  } catch (e) {
    if (e instanceof NeedsComplexError) return floatHooks.complexPow(x, y);
    throw numericError(e);
  }
} // prettier-ignore

declareSlots('float', {
  repr(self: Value): Ref {
    return newStr(floatRepr(floatValue(floatOperand(self))));
  },
  hash(self: Value): number {
    return floatHashNumber(floatValue(floatOperand(self)), self);
  },
  richcompare: floatCompare,
  bool(self: Value): boolean {
    return floatValue(floatOperand(self)) !== 0;
  },
  binop: floatBinop,
  unary(self: Value, op: number): Value {
    const f = floatOperand(self);
    if (op === 0) return newFloat(-floatValue(f));
    if (op === 1) return f === self ? self : newFloat(floatValue(f));
    return S.NotImplemented;
  },
});
