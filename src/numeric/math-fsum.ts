/**
 * math.fsum: the correctly rounded sum of floats (Shewchuk's exact partials,
 * with CPython's half-even fix-up across partials and its special values).
 *
 *   mathFsum(values: Iterable<number>): number
 *     OverflowError 'intermediate overflow in fsum', ValueError '-inf + inf in fsum'
 */
import { NumericError } from './errors.js';

export function mathFsum(values: Iterable<number>): number {
  const partials: number[] = []; // non-overlapping, increasing magnitude
  let specialSum = 0;
  let infSum = 0;
  for (const v of values) {
    let x = v;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // an infinity or nan among the inputs, or an overflow of finite ones
        if (Number.isFinite(v)) throw new NumericError('OverflowError', 'intermediate overflow in fsum');
        if (v === Infinity || v === -Infinity) infSum += v;
        specialSum += v;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new NumericError('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    // add from the top while the sum stays exact
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // ties: if the rest pushes the same way as lo, the halfway case rounds away
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}
