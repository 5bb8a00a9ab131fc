/**
 * hypot(x, y) bit for bit as glibc's (CPython calls the C library's hypot
 * for abs(complex) and in cmath, and glibc's is not correctly rounded, so
 * crHypot differs from it in the last bit now and then).
 */

/**
 * hypot as glibc computes it (which is what CPython's cmath calls): not
 * always correctly rounded, so crHypot differs from it in the last bit now
 * and then. One Newton-like correction of sqrt(x*x + y*y) from the rounding
 * errors of the squares, with the arguments scaled by 2**600 near the ends
 * of the range.
 */
export function glibcHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const big = x < y ? y : x;
  const small = x < y ? x : y;
  const negligible = 2 ** -54;
  if (big > 2 ** 511) {
    if (small <= big * negligible) return big + small;
    return hypotCore(big * 2 ** -600, small * 2 ** -600) * 2 ** 600;
  }
  if (small < 2 ** -511) {
    if (big >= small / negligible) return big + small;
    return hypotCore(big * 2 ** 600, small * 2 ** 600) * 2 ** -600;
  }
  if (small <= big * negligible) return big + small;
  return hypotCore(big, small);
}

/** The corrected square root for big >= small, both in a safe range. */
function hypotCore(big: number, small: number): number {
  let h = Math.sqrt(big * big + small * small);
  let e1: number;
  let e2: number;
  if (h <= 2 * small) {
    const d = h - small;
    e1 = big * (2 * d - big);
    e2 = (d - 2 * (big - small)) * d;
  } else {
    const d = h - big;
    e1 = 2 * d * (big - 2 * small);
    e2 = (4 * d - small) * small + d * d;
  }
  h -= (e1 + e2) / (2 * h);
  return h;
}
