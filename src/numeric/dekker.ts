/**
 * Dekker's exact product, the building block of the double-double arithmetic
 * in libm.ts and pow-kernel.ts: a * b = p + twoProdError(a, b, p) exactly,
 * where p = a * b rounded. A plain function of numbers (no pair allocated),
 * small enough for V8 to inline into the kernels.
 */

/** 2**27 + 1: splits a double into two halves of 26 bits whose products are exact. */
export const SPLITTER = 134217729;

/** The rounding error of `p`, the double nearest a * b. */
export function twoProdError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}
