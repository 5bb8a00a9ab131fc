/**
 * Fast paths for ints that fit a JS number exactly (|n| <= 2**53 - 1, e.g.
 * the VM's inline small ints): the same results as the bigint functions of
 * int-arith.ts, without allocating. Results are plain integers (never -0).
 *
 *   smallFloorDiv(a, b), smallMod(a, b), smallDivmod(a, b)
 *   smallTrueDiv(a, b)   a / b (IEEE division of exact operands is correctly rounded)
 *   smallHash(a)         hash(a)
 *
 * The caller checks that both operands are safe integers; b === 0 raises as CPython.
 */
import { NumericError } from './errors.js';

export function smallFloorDiv(a: number, b: number): number {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'integer division or modulo by zero');
  // For |a| < 2**53 the rounding error of a / b is below the distance 1/|b|
  // from a non-integral quotient to the next integer, so floor() is exact.
  return Math.floor(a / b) + 0;
}

export function smallMod(a: number, b: number): number {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b; // exact for integers
  if (r !== 0 && r < 0 !== b < 0) return r + b;
  return r + 0;
}

export function smallDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'integer division or modulo by zero');
  const r = a % b;
  if (r !== 0 && r < 0 !== b < 0) return [Math.floor(a / b) + 0, r + b];
  return [Math.floor(a / b) + 0, r + 0];
}

export function smallTrueDiv(a: number, b: number): number {
  if (b === 0) throw new NumericError('ZeroDivisionError', 'division by zero');
  return a / b;
}

export function smallHash(a: number): number {
  return a === -1 ? -2 : a; // |a| < 2**61 - 1
}
